// Launches the real vigie executable in a real X server (Xvfb) and checks that it stays up and draws
// a window that is not blank. The screen is grabbed by this same test binary run as a tiny X client
// ("--grab-screen FILE"), so nothing beyond Xvfb is needed; xwininfo (x11-utils), when present,
// also checks the window's title.
#include "storage/database.h"
#include "storage/demodata.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace vigie;

namespace {

const char kGrabOption[] = "--grab-screen";

// Helper mode: save the whole X screen to a PNG.
int grabScreen(int argc, char *argv[], const QString &path)
{
    QGuiApplication app(argc, argv);
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return 2;
    const QPixmap pixmap = screen->grabWindow(0);
    return !pixmap.isNull() && pixmap.save(path, "PNG") ? 0 : 3;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(100);
    }
    return true;
}

} // namespace

class TestLaunch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void staysUpAndDrawsWindow();

private:
    QString display() const { return QStringLiteral(":%1").arg(m_displayNumber); }
    QProcessEnvironment childEnvironment() const;
    void stop(QProcess &process);

    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QProcess m_vigie;
    int m_displayNumber = -1;
};

void TestLaunch::initTestCase()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty())
        QSKIP("Xvfb is not installed (Debian package xvfb): cannot launch Vigie in a real X server");
    QVERIFY(m_dir.isValid());
    // -displayfd lets Xvfb pick a free display number itself and print it once it accepts clients.
    m_xvfb.setProgram(xvfb);
    m_xvfb.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                         QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                         QStringLiteral("tcp")});
    m_xvfb.start();
    QVERIFY2(m_xvfb.waitForStarted(5000), qPrintable(m_xvfb.errorString()));
    QVERIFY2(waitFor([this] { return m_xvfb.canReadLine() || m_xvfb.state() != QProcess::Running; }, 15000),
             "Xvfb did not report its display");
    bool ok = false;
    m_displayNumber = m_xvfb.readLine().trimmed().toInt(&ok);
    QVERIFY2(ok && m_xvfb.state() == QProcess::Running,
             qPrintable(QStringLiteral("Xvfb failed: %1").arg(QString::fromLocal8Bit(m_xvfb.readAllStandardError()))));
}

void TestLaunch::cleanupTestCase()
{
    stop(m_vigie);
    stop(m_xvfb);
}

void TestLaunch::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

QProcessEnvironment TestLaunch::childEnvironment() const
{
    // A first start in a clean home: settings and data go to the temporary directory, never the user's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("XAUTHORITY"));
    environment.insert(QStringLiteral("DISPLAY"), display());
    const QString home = m_dir.filePath(QStringLiteral("home"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    return environment;
}

void TestLaunch::staysUpAndDrawsWindow()
{
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("runtime"))));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString database = m_dir.filePath(QStringLiteral("demo.sqlite"));
    {
        Database db;
        QVERIFY2(db.create(database), qPrintable(db.errorString()));
        QSqlDatabase connection = db.connection();
        QString error;
        QVERIFY2(populateDemoData(connection, &error), qPrintable(error));
    }

    m_vigie.setProgram(QStringLiteral(VIGIE_EXECUTABLE));
    m_vigie.setArguments({QStringLiteral("--db"), database});
    m_vigie.setProcessEnvironment(childEnvironment());
    m_vigie.start();
    QVERIFY2(m_vigie.waitForStarted(10000), qPrintable(m_vigie.errorString()));

    // It stays up: a crash or an error dialog followed by exit would end it within these seconds.
    QTest::qWait(4000);
    QVERIFY2(m_vigie.state() == QProcess::Running,
             qPrintable(QStringLiteral("vigie exited (code %1): %2")
                            .arg(m_vigie.exitCode())
                            .arg(QString::fromLocal8Bit(m_vigie.readAllStandardError()))));

    // The window is mapped with the database's name in its title.
    const QString xwininfo = QStandardPaths::findExecutable(QStringLiteral("xwininfo"));
    if (!xwininfo.isEmpty()) {
        QString tree;
        const bool titled = waitFor(
            [&] {
                QProcess query;
                // A UTF-8 locale, or a translated (non-ASCII) title is not shown at all.
                QProcessEnvironment queryEnvironment = QProcessEnvironment::systemEnvironment();
                queryEnvironment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
                query.setProcessEnvironment(queryEnvironment);
                query.start(xwininfo,
                            {QStringLiteral("-root"), QStringLiteral("-tree"), QStringLiteral("-display"), display()});
                query.waitForFinished(5000);
                tree = QString::fromUtf8(query.readAllStandardOutput());
                return tree.contains(QStringLiteral("demo.sqlite"));
            },
            10000);
        QVERIFY2(titled, qPrintable(QStringLiteral("no window titled with demo.sqlite:\n") + tree.left(2000)));
    } else {
        qWarning("xwininfo (x11-utils) not found: the window title is not checked");
    }

    // Grab the screen from a separate X client and check that something was drawn.
    const QString shot = m_dir.filePath(QStringLiteral("screen.png"));
    QProcess grabber;
    QProcessEnvironment grabEnvironment = childEnvironment();
    grabEnvironment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    grabber.setProcessEnvironment(grabEnvironment);
    grabber.start(QCoreApplication::applicationFilePath(), {QLatin1String(kGrabOption), shot});
    QVERIFY(grabber.waitForFinished(30000));
    QVERIFY2(grabber.exitCode() == 0, qPrintable(QString::fromLocal8Bit(grabber.readAllStandardError())));
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    QSet<QRgb> colours;
    qsizetype nonBlack = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y) & 0xFFFFFF;
            colours.insert(pixel);
            nonBlack += pixel != 0;
        }
    }
    // An empty Xvfb screen is one colour; a window with text, tables and selection has many.
    QVERIFY2(colours.size() >= 16, qPrintable(QStringLiteral("%1 colours only").arg(colours.size())));
    QVERIFY2(nonBlack > image.width() * image.height() / 4 / 4, "most of the screen is black");
    const QString screenshots = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        image.save(screenshots + QStringLiteral("/launch-xvfb.png"));

    // SIGTERM ends it (Qt installs no handler for it, so QProcess reports a "crash" exit).
    stop(m_vigie);
    QCOMPARE(m_vigie.state(), QProcess::NotRunning);
}

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], kGrabOption) == 0)
            return grabScreen(1, argv, QString::fromLocal8Bit(argv[i + 1]));
    }
    QApplication app(argc, argv);
    TestLaunch test;
    return QTest::qExec(&test, argc, argv);
}

#include "testlaunch.moc"
