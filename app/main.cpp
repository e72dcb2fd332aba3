// SPDX-FileCopyrightText: 2026 Backend Workbench authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

#include "commandlinetool.h"
#include "window/mainwindow.h"

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
    // English plural forms first ("1 error", "2 errors"), so that they are right in every
    // locale, the C locale included; then the language chosen in Preferences, else the
    // system's, which Qt asks first as it was installed last.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/backend-workbench_en")))
        QCoreApplication::installTranslator(english);
    const QString chosen = QSettings().value(QStringLiteral("preferences/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("backend-workbench"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && translator->filePath() != english->filePath())
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
    if (const QString reason = bw::CommandLineTool::windowUnavailable(); !reason.isEmpty()) {
        std::fprintf(stderr, "backend-workbench: %s\n", reason.toLocal8Bit().constData());
        return bw::CommandLineTool::UsageOrInput;
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Backend Workbench"));
    QApplication::setDesktopFileName(QStringLiteral("org.backendworkbench.Workbench"));
    installTranslations(app);
    bw::MainWindow window;
    window.show();
    // What a crash or kill left unsaved comes first; then the files asked for, or the last
    // session (the examples the very first time).
    window.offerRecovery();
    const QStringList paths = QCoreApplication::arguments().mid(1);
    if (paths.isEmpty())
        window.openStartupWorkspace();
    else
        window.openPaths(paths);
    return app.exec();
}
