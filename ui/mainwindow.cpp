#include "mainwindow.h"

namespace vigie {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Vigie"));
}

MainWindow::~MainWindow() = default;

} // namespace vigie
