#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vigie::cli {

/// Exit codes of every subcommand.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// An option a subcommand accepts: "--out FILE" (takes a value) or "--demo" (a flag). An option given twice
/// is a usage error unless it is repeatable ("--buyer A --buyer B"); values() returns them all.
struct OptionSpec
{
    QString name; // without the leading dashes
    bool takesValue = false;
    bool repeatable = false;
};

class Subcommand;

/// A parsed command line for one subcommand.
class Invocation
{
public:
    const Subcommand &subcommand() const { return *m_subcommand; }
    const QStringList &positional() const { return m_positional; }
    bool isSet(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }

    /// Prints "vigie: MESSAGE" as one line on stderr and returns Failure.
    int fail(const QString &message) const;
    /// Prints "vigie SUBCOMMAND: MESSAGE (usage: ...)" as one line on stderr and returns UsageError.
    int usageError(const QString &message) const;

private:
    friend class Parser;
    const Subcommand *m_subcommand = nullptr;
    QStringList m_positional;
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
};

/// One row of the subcommand table. To add a subcommand, write its handler in its own file and add a row to
/// coreSubcommands() in commandline.cpp, or, for one that draws with widgets, to vigie::commandTable() in ui/.
class Subcommand
{
public:
    QString name; // "export"
    QString synopsis; // "export TABLE --db DB --format json|csv [--out FILE]"
    const char *summary; // English, translated in context "vigie::cli" (QT_TRANSLATE_NOOP)
    QList<OptionSpec> options;
    int minPositional = 0;
    int maxPositional = 0;
    int (*handler)(const Invocation &) = nullptr;
    // Draws with widgets (Qt Charts): runs under a QApplication on the offscreen platform, never a display.
    bool needsWidgets = false;
};

/// Writes text to standard output or error as it is (no newline added).
void printOut(const QString &text);
void printError(const QString &text);

} // namespace vigie::cli
