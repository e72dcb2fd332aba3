// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

#include "commandlinetool.h"
#include "mainwindow.h"

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Backend Workbench"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("backendworkbench.org"));
    QCoreApplication::setApplicationName(QStringLiteral("backend-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BW_VERSION));
}

void installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("backend-workbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}
} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (bw::CommandLineTool::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return bw::CommandLineTool(out, err).run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Backend Workbench"));
    QApplication::setDesktopFileName(QStringLiteral("org.backendworkbench.Workbench"));
    installTranslations(app);
    bw::MainWindow window;
    window.show();
    window.openPaths(QCoreApplication::arguments().mid(1));
    return app.exec();
}
