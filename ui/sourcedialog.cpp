#include "sourcedialog.h"

#include "fielderrors.h"
#include "models/formatting.h"
#include "storage/repository.h"
#include "ui_sourcedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QUrl>

namespace vigie {

namespace {

// A web address as people paste it: "https://...", or "www.example.org/..." without its scheme.
QString normalisedUrl(const QString &text, bool *ok)
{
    *ok = true;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url(trimmed, QUrl::StrictMode);
    if (url.scheme().isEmpty())
        url = QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool web
        = scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("ftp");
    *ok = url.isValid() && ((web && url.host().contains(QLatin1Char('.'))) || scheme == QLatin1String("file"));
    return *ok ? url.toString() : trimmed;
}

} // namespace

SourceDialog::SourceDialog(Repository &repository, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SourceDialog>())
    , m_repository(repository)
{
    m_ui->setupUi(this);
    for (const QString &code : codes::sourceKinds)
        m_ui->kindComboBox->addItem(sourceKindName(code), code);
    m_ui->kindComboBox->setCurrentIndex(int(codes::sourceKinds.indexOf(QStringLiteral("press"))));
    m_ui->titleLineEdit->setPlaceholderText(tr("As printed on the document"));
    m_ui->publisherLineEdit->setPlaceholderText(tr("Who published it: a newspaper, a union, Pôle emploi..."));
    m_ui->urlLineEdit->setPlaceholderText(QStringLiteral("https://"));
    m_ui->fileRefLineEdit->setPlaceholderText(tr("A copy kept on this computer or on paper"));
    const QString datePlaceholder = tr("unknown — DD/MM/YYYY, MM/YYYY or YYYY");
    for (QLineEdit *edit : {m_ui->publishedOnLineEdit, m_ui->retrievedOnLineEdit}) {
        edit->setPlaceholderText(datePlaceholder);
        edit->setToolTip(tr("As precisely as known: 24/08/2023, 08/2023 or 2023. Leave it empty when unknown."));
    }
    m_ui->retrievedOnLineEdit->setText(formatDate(PartialDate::fromDate(m_today)));
    m_ui->notesPlainTextEdit->setMaximumHeight(m_ui->notesPlainTextEdit->fontMetrics().height() * 5);
    // In the order of the form, so that focus goes to the first problem a reader meets.
    m_errors.setFields({{QStringLiteral("title"), m_ui->titleLineEdit, m_ui->titleErrorLabel},
                        {QStringLiteral("publishedOn"), m_ui->publishedOnLineEdit, m_ui->publishedOnErrorLabel},
                        {QStringLiteral("url"), m_ui->urlLineEdit, m_ui->urlErrorLabel},
                        {QStringLiteral("retrievedOn"), m_ui->retrievedOnLineEdit, m_ui->retrievedOnErrorLabel}},
                       m_ui->summaryErrorLabel);
    // One sentence each: wrapped in the form's field column they would be squeezed and cut.
    for (QLabel *label :
         {m_ui->titleErrorLabel, m_ui->publishedOnErrorLabel, m_ui->urlErrorLabel, m_ui->retrievedOnErrorLabel})
        label->setWordWrap(false);
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &SourceDialog::browseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    resize(640, sizeHint().height());
}

SourceDialog::~SourceDialog() = default;

void SourceDialog::setToday(QDate today)
{
    // The date retrieved starts as today; follow a new today unless the user typed another date.
    if (m_ui->retrievedOnLineEdit->text() == formatDate(PartialDate::fromDate(m_today)))
        m_ui->retrievedOnLineEdit->setText(formatDate(PartialDate::fromDate(today)));
    m_today = today;
}

void SourceDialog::setSource(const Source &source)
{
    m_source = source;
    setWindowTitle(tr("Edit source"));
    m_ui->titleLineEdit->setText(source.title);
    m_ui->publisherLineEdit->setText(source.publisher);
    m_ui->kindComboBox->setCurrentIndex(std::max(0, m_ui->kindComboBox->findData(source.kind)));
    m_ui->publishedOnLineEdit->setText(dateFieldText(source.publishedOn));
    m_ui->retrievedOnLineEdit->setText(dateFieldText(source.retrievedOn));
    m_ui->urlLineEdit->setText(source.url);
    m_ui->fileRefLineEdit->setText(source.fileRef);
    m_ui->notesPlainTextEdit->setPlainText(source.notes);
}

void SourceDialog::browseFile()
{
    const QString current = m_ui->fileRefLineEdit->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("The source's file"), current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath());
    if (!file.isEmpty())
        m_ui->fileRefLineEdit->setText(QDir::toNativeSeparators(file));
}

Source SourceDialog::sourceFromFields(QList<std::pair<QString, QString>> *errors) const
{
    Source source;
    source.id = m_source.id;
    source.title = m_ui->titleLineEdit->text().trimmed();
    source.publisher = m_ui->publisherLineEdit->text().trimmed();
    source.kind = m_ui->kindComboBox->currentData().toString();
    source.fileRef = m_ui->fileRefLineEdit->text().trimmed();
    source.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    if (source.title.isEmpty())
        errors->append({QStringLiteral("title"), tr("The source needs a title.")});

    const std::tuple<QLineEdit *, const char *, PartialDate Source::*, QString> dates[] = {
        {m_ui->publishedOnLineEdit, "publishedOn", &Source::publishedOn, tr("publication date")},
        {m_ui->retrievedOnLineEdit, "retrievedOn", &Source::retrievedOn, tr("date retrieved")},
    };
    for (const auto &[edit, field, member, label] : dates) {
        QString error;
        const auto date = parseDateInput(edit->text(), &error);
        if (!date) {
            errors->append({QString::fromLatin1(field), error});
            continue;
        }
        source.*member = *date;
        if (!date->isUnknown() && date->earliest() > m_today) {
            errors->append(
                {QString::fromLatin1(field), tr("The %1 (%2) is in the future.").arg(label, formatDate(*date))});
        }
    }
    if (source.publishedOn.isCertainlyAfter(source.retrievedOn)) {
        errors->append({QStringLiteral("retrievedOn"),
                        tr("The source cannot have been retrieved (%1) before it was published (%2).")
                            .arg(formatDate(source.retrievedOn), formatDate(source.publishedOn))});
    }
    bool urlOk = true;
    source.url = normalisedUrl(m_ui->urlLineEdit->text(), &urlOk);
    if (!urlOk) {
        errors->append({QStringLiteral("url"),
                        tr("\"%1\" is not a web address: it should look like https://www.example.org/page.")
                            .arg(m_ui->urlLineEdit->text().trimmed())});
    }
    return source;
}

void SourceDialog::accept()
{
    m_errors.clear();
    QList<std::pair<QString, QString>> errors;
    Source source = sourceFromFields(&errors);
    if (!m_errors.check(errors))
        return;
    if (!m_repository.saveSource(source)) {
        m_errors.fail(tr("The source was not saved: %1").arg(m_repository.lastError()));
        return;
    }
    m_saved = source;
    QDialog::accept();
}

} // namespace vigie
