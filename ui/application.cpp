#include "application.h"

#include "mainwindow.h"

#include <QApplication>

namespace vigie {

int runGui(QApplication &app)
{
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace vigie
