#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vigie {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // A language Vigie does not speak (German, or the C locale of scripts) gets the English text, with its plural
    // forms ("1 subsidiary", not "1 subsidiaries"): the source strings are English, their plurals are not.
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("vigie"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator->load(QStringLiteral("vigie_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace vigie
