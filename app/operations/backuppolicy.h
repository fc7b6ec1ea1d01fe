#pragma once

namespace vigie {

/// How many backups of each database are kept and whether one is taken daily: one policy, set in the window's
/// Preferences and kept in the user's settings, that the window and every subcommand read.
struct BackupPolicy
{
    static constexpr int kDefaultKeep = 10;
    static constexpr int kMaxKeep = 365;

    int keep = kDefaultKeep; // the newest `keep` backups are kept, the older deleted
    bool daily = true; // a backup once a day while the window has a database open

    /// The policy as the settings hold it (a hand-edited value is brought back within 1..kMaxKeep).
    static BackupPolicy load();
    void save() const;
};

} // namespace vigie
