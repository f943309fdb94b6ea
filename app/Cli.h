// SPDX-License-Identifier: Apache-2.0
#pragma once
// The headless subcommands of docs/CLI.md: coverage, check, explain, policy, export. They need no display.

#include <QStringList>

namespace rolemap {

// True when `argument` names a subcommand (so main() starts no GUI).
bool isSubcommand(const QString &argument);

// Runs `rolemap SUBCOMMAND …`; returns the exit code (0 ok, 1 check found an error, 2 bad usage or input).
int runSubcommand(const QStringList &arguments);

} // namespace rolemap
