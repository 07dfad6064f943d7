# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_stint_global_optspecs
    string join \n db= server= ca-file= format= utc q/quiet h/help V/version
end

function __fish_stint_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_stint_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_stint_using_subcommand
    set -l cmd (__fish_stint_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c stint -n "__fish_stint_needs_command" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_needs_command" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_needs_command" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_needs_command" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_needs_command" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_needs_command" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_needs_command" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_needs_command" -f -a "init" -d 'Create a database and its first admin, and log that admin in here'
complete -c stint -n "__fish_stint_needs_command" -f -a "demo" -d 'Build a sample service desk in a new database (a temporary file unless --db) and tour it'
complete -c stint -n "__fish_stint_needs_command" -f -a "user" -d 'Manage users: add, list, edit, suspend, remove; change passwords'
complete -c stint -n "__fish_stint_needs_command" -f -a "auth" -d 'Log in and out, and manage login sessions'
complete -c stint -n "__fish_stint_needs_command" -f -a "ticket" -d 'Track work requests: create, list, assign and close numbered tickets'
complete -c stint -n "__fish_stint_needs_command" -f -a "case" -d 'Investigate problems in cases that keep a conversation of notes'
complete -c stint -n "__fish_stint_needs_command" -f -a "timer" -d 'Track time: start, stop and switch timers; record past work'
complete -c stint -n "__fish_stint_needs_command" -f -a "session" -d 'List, report, import, show, correct and delete work sessions'
complete -c stint -n "__fish_stint_needs_command" -f -a "config" -d 'Read and change team-wide settings'
complete -c stint -n "__fish_stint_needs_command" -f -a "audit" -d 'Read the audit log of every change'
complete -c stint -n "__fish_stint_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c stint -n "__fish_stint_needs_command" -f -a "serve" -d 'Serve the database to stint clients over HTTPS (team mode)'
complete -c stint -n "__fish_stint_needs_command" -f -a "db" -d 'Operate on the database itself (direct access): back it up'
complete -c stint -n "__fish_stint_needs_command" -f -a "org" -d 'Manage organisations (operators, with direct database access)'
complete -c stint -n "__fish_stint_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand init" -l admin -d 'Username of the first admin' -r
complete -c stint -n "__fish_stint_using_subcommand init" -l org -d 'Name of the database\'s first organisation (1-64 of a-z, 0-9, \'.\', \'_\', \'-\')' -r
complete -c stint -n "__fish_stint_using_subcommand init" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand init" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand init" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand init" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand init" -l password-stdin -d 'Read the admin\'s password from the first line of stdin instead of prompting'
complete -c stint -n "__fish_stint_using_subcommand init" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand init" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand init" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand demo" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand demo" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand demo" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand demo" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand demo" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand demo" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand demo" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -f -a "add" -d 'Add a user (admins); the password comes from --password-stdin or a prompt'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -f -a "list" -d 'List users (everyone for admins and supervisors, yourself otherwise)'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -f -a "show" -d 'Show a user, or yourself with `me`'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -f -a "edit" -d 'Change a user\'s role, display name or email (admins)'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -f -a "passwd" -d 'Change your password (asks for the current one first), or anyone\'s as an admin; the user\'s other login sessions end'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -f -a "suspend" -d 'Suspend a user: no login, all login sessions revoked, a running timer stopped (admins)'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -f -a "activate" -d 'Re-activate a suspended or deactivated user (admins)'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -f -a "deactivate" -d 'Deactivate a user who left, keeping their history; a running timer stops (admins)'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -f -a "remove" -d 'Remove a user who owns no data (admins); otherwise use deactivate. Asks first on a terminal'
complete -c stint -n "__fish_stint_using_subcommand user; and not __fish_seen_subcommand_from add list show edit passwd suspend activate deactivate remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'Role' -r -f -a "admin\t'Manages users and settings, and does everything else'
supervisor\t'Sees and corrects everyone\'s work'
technician\t'Tracks their own work on tickets and cases'
viewer\t'Reads everything, changes nothing'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'Email address' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -l display-name -d 'Full name shown in lists' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of stdin instead of prompting'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -l if-not-exists -d 'Succeed with a notice when the user exists (exit 6 otherwise)'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from list" -l role -d 'Only users with this role' -r -f -a "admin\t'Manages users and settings, and does everything else'
supervisor\t'Sees and corrects everyone\'s work'
technician\t'Tracks their own work on tickets and cases'
viewer\t'Reads everything, changes nothing'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from list" -l status -d 'Only users with this status' -r -f -a "active\t'May log in and act'
suspended\t'Temporarily barred from logging in'
deactivated\t'Removed; kept for the record'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'Only the latest N users by when they were added (listed oldest first)' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from list" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from list" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from list" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from show" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from show" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from show" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -l role -d 'New role' -r -f -a "admin\t'Manages users and settings, and does everything else'
supervisor\t'Sees and corrects everyone\'s work'
technician\t'Tracks their own work on tickets and cases'
viewer\t'Reads everything, changes nothing'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -l email -d 'New email address' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -l display-name -d 'New display name' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -l clear-email -d 'Remove the email address'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from passwd" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from passwd" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from passwd" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from passwd" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read from stdin instead of prompting: your current password on the first line and the new one on the second, or only the new one for another user'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from passwd" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from suspend" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from suspend" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from suspend" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from suspend" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from suspend" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from activate" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from activate" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from activate" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from activate" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from activate" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from deactivate" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from remove" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from remove" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from remove" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from remove" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Remove without asking (required off a terminal)'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from remove" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user (admins); the password comes from --password-stdin or a prompt'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users (everyone for admins and supervisors, yourself otherwise)'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a user, or yourself with `me`'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a user\'s role, display name or email (admins)'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Change your password (asks for the current one first), or anyone\'s as an admin; the user\'s other login sessions end'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend a user: no login, all login sessions revoked, a running timer stopped (admins)'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Re-activate a suspended or deactivated user (admins)'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a user who left, keeping their history; a running timer stops (admins)'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user who owns no data (admins); otherwise use deactivate. Asks first on a terminal'
complete -c stint -n "__fish_stint_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -f -a "login" -d 'Log in on this client, or resume this client\'s session (its token is rotated)'
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -f -a "logout" -d 'End this client\'s login session in the database, or every client\'s with --all'
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -f -a "status" -d 'Show who is logged in here; exit 4 when nobody is'
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -f -a "sessions" -d 'List your login sessions with their state, or everyone\'s (admins)'
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -f -a "revoke" -d 'Revoke a login session by id prefix, or every session of a user'
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -f -a "prune" -d 'Delete revoked, expired and idle login sessions (admins)'
complete -c stint -n "__fish_stint_using_subcommand auth; and not __fish_seen_subcommand_from login logout status sessions revoke prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -l org -d 'The organisation to log in to (needed when the database serves several)' -r
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -l ttl -d 'Session lifetime, shorter than the session.ttl setting (e.g. 8h)' -r
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from the first line of stdin instead of prompting'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -l print-token -d 'Print a token for STINT_TOKEN on stdout instead of storing it (a separate session that works from any client)'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -l replace-oldest -d 'At the session limit, end your least recently used session to make room (after the password is checked)'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Store a token read from stdin (e.g. one printed by --print-token) after checking it; the token says who you are'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from logout" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from logout" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from logout" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from logout" -l all -d 'Log out every client of yours'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from logout" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from status" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from status" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from status" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from status" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l all-users -d 'Every user\'s sessions (admins)'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from sessions" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from sessions" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from sessions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from sessions" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from revoke" -l user -d 'Revoke every session of this user (yourself, or anyone as an admin); asks first on a terminal' -r
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from revoke" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from revoke" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from revoke" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from revoke" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Revoke every session of --user without asking (required off a terminal)'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from revoke" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from prune" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from prune" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from prune" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from prune" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from prune" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from prune" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Log in on this client, or resume this client\'s session (its token is rotated)'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'End this client\'s login session in the database, or every client\'s with --all'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show who is logged in here; exit 4 when nobody is'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "sessions" -d 'List your login sessions with their state, or everyone\'s (admins)'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a login session by id prefix, or every session of a user'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Delete revoked, expired and idle login sessions (admins)'
complete -c stint -n "__fish_stint_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -f -a "create" -d 'Create a ticket and print it (only its number with -q)'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -f -a "list" -d 'List tickets, newest first'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -f -a "show" -d 'Show a ticket with the total time spent on it; a table also lists its latest 10 work sessions (everyone\'s, or only yours for technicians)'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -f -a "edit" -d 'Change a ticket\'s title, description, status, priority or requester'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -f -a "assign" -d 'Assign a ticket to a user (`me` for yourself), or take it off everyone with --unassign'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -f -a "close" -d 'Close a ticket'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -f -a "reopen" -d 'Reopen a resolved or closed ticket'
complete -c stint -n "__fish_stint_using_subcommand ticket; and not __fish_seen_subcommand_from create list show edit assign close reopen help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -l description -d 'Longer description, up to 10,000 characters' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -l priority -d 'Priority' -r -f -a "low\t'Can wait'
normal\t'The usual (the default for new tickets and cases)'
high\t'Sooner than the usual'
urgent\t'Drop everything'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -l requester -d 'Who asked for the work (free text, e.g. a name and email address)' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -l assignee -d 'Assign the ticket to this user (`me` for yourself)' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l status -d 'Only tickets with this status; can be repeated or comma-separated' -r -f -a "open\t'Not started'
in_progress\t'Being worked on'
on_hold\t'Waiting on someone or something'
resolved\t'Done, awaiting confirmation'
closed\t'Finished'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l assignee -d 'Only tickets assigned to this user (`me` for yourself)' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l priority -d 'Only tickets with this priority' -r -f -a "low\t'Can wait'
normal\t'The usual (the default for new tickets and cases)'
high\t'Sooner than the usual'
urgent\t'Drop everything'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l search -d 'Only tickets whose title or description contains this text (literally: % and _ are ordinary characters; ASCII letters match either case)' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l limit -d 'Only the latest N tickets, listed oldest first (with --sort: the first N in that order)' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l sort -d 'Order [default: newest]' -r -f -a "newest\t'Highest number first (the default)'
oldest\t'Lowest number first'
updated\t'Most recently changed first'
priority\t'Most urgent first, then newest'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l unassigned -d 'Only tickets assigned to nobody'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from show" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from show" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from show" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from show" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -l description -d 'New description (an empty string clears it)' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -l status -d 'New status' -r -f -a "open\t'Not started'
in_progress\t'Being worked on'
on_hold\t'Waiting on someone or something'
resolved\t'Done, awaiting confirmation'
closed\t'Finished'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -l priority -d 'New priority' -r -f -a "low\t'Can wait'
normal\t'The usual (the default for new tickets and cases)'
high\t'Sooner than the usual'
urgent\t'Drop everything'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -l requester -d 'New requester (an empty string clears it)' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l unassign -d 'Leave the ticket assigned to nobody'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from assign" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from close" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from close" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from close" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from close" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from close" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a ticket and print it (only its number with -q)'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tickets, newest first'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a ticket with the total time spent on it; a table also lists its latest 10 work sessions (everyone\'s, or only yours for technicians)'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a ticket\'s title, description, status, priority or requester'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Assign a ticket to a user (`me` for yourself), or take it off everyone with --unassign'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a ticket'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Reopen a resolved or closed ticket'
complete -c stint -n "__fish_stint_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -f -a "open" -d 'Open a case that you own, optionally linked to a ticket'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -f -a "list" -d 'List your cases, newest first (anyone\'s with --owner or --all-users, for supervisors and admins)'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -f -a "show" -d 'Show a case with its description; a table also lists its latest 10 work sessions'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -f -a "note" -d 'Add a note to a case\'s conversation'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -f -a "log" -d 'Print a case\'s conversation, oldest note first'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -f -a "edit" -d 'Change a case\'s title, description, status, priority or linked ticket'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -f -a "close" -d 'Close a case'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -f -a "archive" -d 'Archive a case; it takes no more notes until its status changes'
complete -c stint -n "__fish_stint_using_subcommand case; and not __fish_seen_subcommand_from open list show note log edit close archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from open" -l description -d 'Longer description, up to 10,000 characters' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from open" -l priority -d 'Priority' -r -f -a "low\t'Can wait'
normal\t'The usual (the default for new tickets and cases)'
high\t'Sooner than the usual'
urgent\t'Drop everything'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from open" -l ticket -d 'Link the case to this ticket number' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from open" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from open" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from open" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from open" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from open" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from open" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -l status -d 'Only cases with this status; can be repeated or comma-separated' -r -f -a "open\t'Newly opened'
investigating\t'Being looked into'
resolved\t'Cause found or fixed'
closed\t'Finished'
archived\t'Kept for the record, out of the way'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -l owner -d 'Cases of this user instead of yours (`me` for yourself; others need supervisor or admin)' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -l limit -d 'Only the latest N cases, listed oldest first (with --sort: the first N in that order)' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -l sort -d 'Order [default: newest]' -r -f -a "newest\t'Latest opened first (the default)'
oldest\t'Earliest opened first'
updated\t'Latest change or note first'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -l all-users -d 'Everyone\'s cases (supervisors and admins)'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from show" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from show" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from show" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from show" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from note" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from note" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from note" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from note" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from note" -l stdin -d 'Read the note from stdin instead (one final line ending is dropped)'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from note" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from note" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from log" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from log" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from log" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from log" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from log" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -l title -d 'New title' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -l description -d 'New description (an empty string clears it)' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -l status -d 'New status' -r -f -a "open\t'Newly opened'
investigating\t'Being looked into'
resolved\t'Cause found or fixed'
closed\t'Finished'
archived\t'Kept for the record, out of the way'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -l priority -d 'New priority' -r -f -a "low\t'Can wait'
normal\t'The usual (the default for new tickets and cases)'
high\t'Sooner than the usual'
urgent\t'Drop everything'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -l ticket -d 'Link the case to this ticket number instead' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -l no-ticket -d 'Take the case off its ticket'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from close" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from close" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from close" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from close" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from close" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from archive" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from archive" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from archive" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from archive" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from archive" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open a case that you own, optionally linked to a ticket'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your cases, newest first (anyone\'s with --owner or --all-users, for supervisors and admins)'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a case with its description; a table also lists its latest 10 work sessions'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "note" -d 'Add a note to a case\'s conversation'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "log" -d 'Print a case\'s conversation, oldest note first'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a case\'s title, description, status, priority or linked ticket'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a case'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a case; it takes no more notes until its status changes'
complete -c stint -n "__fish_stint_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -f -a "start" -d 'Start a timer on a ticket, a case or both; on a terminal, pick one when none is given'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -f -a "stop" -d 'Stop your running timer and print how long it ran'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -f -a "switch" -d 'Stop your running timer and start one on another target at the same instant; on a terminal, pick one when none is given'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -f -a "status" -d 'Show your running timer; exit 3 when none runs (for shell prompts)'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -f -a "cancel" -d 'Discard your running timer without recording it'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -f -a "continue" -d 'Start a timer on what your last stopped session was on'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -f -a "manual" -d 'Record a completed session in the past: two of --from, --to and --duration, or a duration that ended now'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -f -a "edit" -d 'Change your running timer\'s note or start'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -f -a "note" -d 'Replace your running timer\'s note (short for `timer edit --note`)'
complete -c stint -n "__fish_stint_using_subcommand timer; and not __fish_seen_subcommand_from start stop switch status cancel continue manual edit note help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -l ticket -d 'Ticket number (42 or #42)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -l case -d 'Case id or unique prefix (4+ hex digits)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -l note -d 'A note on what you are doing' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -l tag -d 'Tag the session (repeat for several: --tag onsite --tag vpn)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -l at -d 'Start earlier than now (e.g. 09:15, -20m); never in the future or inside another session' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -l force -d 'Allow a closed ticket or a closed or archived case'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from stop" -l note -d 'Replace the session\'s note' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from stop" -l at -d 'Stop earlier than now (e.g. 17:30, -15m), for a timer you forgot; not before its start' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from stop" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from stop" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from stop" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from stop" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from stop" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -l ticket -d 'Ticket number (42 or #42)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -l case -d 'Case id or unique prefix (4+ hex digits)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -l note -d 'A note for the new session' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -l tag -d 'Tag the new session (repeat for several: --tag onsite --tag vpn)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -l at -d 'Switch earlier than now (e.g. 10:30, -5m): the running timer stops and the new one starts then' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -l force -d 'Allow a closed ticket or a closed or archived case'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from switch" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from status" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from status" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from status" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from status" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from status" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from cancel" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from cancel" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from cancel" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from cancel" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from cancel" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from continue" -l note -d 'A note for the new session (default: the last session\'s note)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from continue" -l at -d 'Start earlier than now; never in the future or inside another session' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from continue" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from continue" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from continue" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from continue" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from continue" -l force -d 'Allow a ticket or case that has been closed since'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from continue" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from continue" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from continue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from continue" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l ticket -d 'Ticket number (42 or #42)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l case -d 'Case id or unique prefix (4+ hex digits)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l from -d 'When the work started (e.g. 09:00, yesterday 14:00, 2024-05-01 08:30)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l to -d 'When the work ended; no later than now' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l duration -d 'How long the work took (e.g. 90m, 1h30m, 1:30, 45 min); with neither --from nor --to, it ended now' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l note -d 'A note on what you did' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l tag -d 'Tag the session (repeat for several: --tag onsite --tag vpn)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l force -d 'Allow a session longer than timer.max_length, or a closed ticket or case'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from manual" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from edit" -l note -d 'Replace the note (an empty string clears it)' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from edit" -l start -d 'Move the start (e.g. 09:15, -20m); never in the future or inside another session' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from edit" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from edit" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from edit" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from edit" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from edit" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from note" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from note" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from note" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from note" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from note" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from note" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a timer on a ticket, a case or both; on a terminal, pick one when none is given'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop your running timer and print how long it ran'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from help" -f -a "switch" -d 'Stop your running timer and start one on another target at the same instant; on a terminal, pick one when none is given'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show your running timer; exit 3 when none runs (for shell prompts)'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Discard your running timer without recording it'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from help" -f -a "continue" -d 'Start a timer on what your last stopped session was on'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from help" -f -a "manual" -d 'Record a completed session in the past: two of --from, --to and --duration, or a duration that ended now'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change your running timer\'s note or start'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from help" -f -a "note" -d 'Replace your running timer\'s note (short for `timer edit --note`)'
complete -c stint -n "__fish_stint_using_subcommand timer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -f -a "list" -d 'List work sessions, oldest first (yours unless --user or --all-users)'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -f -a "show" -d 'Show one work session'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -f -a "edit" -d 'Correct a work session\'s times, target, note or tags (anyone\'s as a supervisor or admin)'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -f -a "delete" -d 'Delete a work session (anyone\'s as a supervisor or admin); asks first on a terminal'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -f -a "report" -d 'Total time per user, ticket, case, day, week or month, clipped to the range'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -f -a "summary" -d 'Your day: sessions grouped by local day with what they were on, and totals (today\'s unless a period or --from/--to is given)'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -f -a "import" -d 'Import work sessions from stint\'s CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)'
complete -c stint -n "__fish_stint_using_subcommand session; and not __fish_seen_subcommand_from list show edit delete report summary import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l from -d 'Only sessions that overlap the time from here on (e.g. 2024-05-01, yesterday 17:00, -2h)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l to -d 'Only sessions that overlap the time before this' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l user -d 'Only this user\'s sessions (`me` for yours; others need a supervisor, admin or viewer)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l ticket -d 'Only sessions on this ticket (42 or #42)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l case -d 'Only sessions on this case (id or unique prefix of 4+ hex digits)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l tag -d 'Only sessions with this tag' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l limit -d 'Only the latest N sessions by start (still listed oldest first)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l today -d 'Only today\'s sessions (local calendar day)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l yesterday -d 'Only yesterday\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l week -d 'Only this week\'s sessions (weeks start on Monday)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l last-week -d 'Only last week\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l month -d 'Only this month\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l last-month -d 'Only last month\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l all-users -d 'Everyone\'s sessions (supervisors, admins and viewers)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l running -d 'Only running timers'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l clip -d 'Cut sessions to the range and split them at local midnights, as reports count them'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from show" -l user -d 'Look for the id among this user\'s sessions (`last` and @N count theirs)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from show" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from show" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from show" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from show" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l user -d 'Look for the id among this user\'s sessions (`last` and @N count theirs)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l from -d 'New start' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l to -d 'New end (a running timer is ended only by its owner, with `timer stop --at`)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l ticket -d 'Put the session on this ticket (42 or #42)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l case -d 'Put the session on this case (id or unique prefix)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l note -d 'New note (an empty string clears it)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l tag -d 'Put this tag on the session (repeatable)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l untag -d 'Take this tag off the session (repeatable)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l no-ticket -d 'Take the session off its ticket (it must keep a case)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l no-case -d 'Take the session off its case (it must keep a ticket)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l force -d 'Allow a session longer than timer.max_length, or a closed ticket or case'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from delete" -l user -d 'Look for the id among this user\'s sessions (`last` and @N count theirs)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from delete" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from delete" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from delete" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from delete" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking (required off a terminal)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from delete" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l from -d 'Only sessions that overlap the time from here on (e.g. 2024-05-01, yesterday 17:00, -2h)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l to -d 'Only sessions that overlap the time before this' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l user -d 'Only this user\'s sessions (`me` for yours; others need a supervisor, admin or viewer)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l ticket -d 'Only sessions on this ticket (42 or #42)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l case -d 'Only sessions on this case (id or unique prefix of 4+ hex digits)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l tag -d 'Only sessions with this tag' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l by -d 'Group by this; repeat to nest (e.g. --by user --by day)' -r -f -a "user\t'Per user'
ticket\t'Per ticket'
case\t'Per case'
tag\t'Per tag (a session counts under each of its tags)'
day\t'Per local calendar day'
week\t'Per week, starting on Monday'
month\t'Per calendar month'"
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l round -d 'Round each row for display to this unit (e.g. 15m; halves round up); the table\'s total is the sum of the rounded rows, and machine formats add rounded_seconds beside the raw seconds' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l today -d 'Only today\'s sessions (local calendar day)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l yesterday -d 'Only yesterday\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l week -d 'Only this week\'s sessions (weeks start on Monday)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l last-week -d 'Only last week\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l month -d 'Only this month\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l last-month -d 'Only last month\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l all-users -d 'Everyone\'s sessions (supervisors, admins and viewers)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l running -d 'Only running timers'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from report" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l from -d 'Only sessions that overlap the time from here on (e.g. 2024-05-01, yesterday 17:00, -2h)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l to -d 'Only sessions that overlap the time before this' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l user -d 'Only this user\'s sessions (`me` for yours; others need a supervisor, admin or viewer)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l ticket -d 'Only sessions on this ticket (42 or #42)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l case -d 'Only sessions on this case (id or unique prefix of 4+ hex digits)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l tag -d 'Only sessions with this tag' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l today -d 'Only today\'s sessions (local calendar day)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l yesterday -d 'Only yesterday\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l week -d 'Only this week\'s sessions (weeks start on Monday)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l last-week -d 'Only last week\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l month -d 'Only this month\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l last-month -d 'Only last month\'s sessions'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l all-users -d 'Everyone\'s sessions (supervisors, admins and viewers)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l running -d 'Only running timers'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from summary" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l input-format -d 'Input format (default: from the file\'s extension)' -r -f -a "csv\t'Comma-separated values with a header row, as `--format csv` writes'
tsv\t'Tab-separated values with a header row, as `--format tsv` writes'
json\t'One JSON array of objects, as `--format json` writes'
ndjson\t'One JSON object per line, as `--format ndjson` writes'
timewarrior\t'Timewarrior\'s `timew export`'
watson\t'Watson\'s `frames` file'"
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l ticket -d 'Put records that name no target on this ticket (42 or #42)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l case -d 'Put records that name no target on this case (id or unique prefix)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l user -d 'Import as this user\'s sessions (supervisors and admins migrating a team)' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l map-tag -d 'Read each record\'s target from its tags: ticket:N or case:ID (Timewarrior, Watson)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l dry-run -d 'Check everything and report what would be imported, without writing'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l force -d 'Allow sessions longer than timer.max_length and closed tickets or cases'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "list" -d 'List work sessions, oldest first (yours unless --user or --all-users)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one work session'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Correct a work session\'s times, target, note or tags (anyone\'s as a supervisor or admin)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a work session (anyone\'s as a supervisor or admin); asks first on a terminal'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "report" -d 'Total time per user, ticket, case, day, week or month, clipped to the range'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "summary" -d 'Your day: sessions grouped by local day with what they were on, and totals (today\'s unless a period or --from/--to is given)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import work sessions from stint\'s CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)'
complete -c stint -n "__fish_stint_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -f -a "list" -d 'List every setting with its value and default'
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -f -a "get" -d 'Show one setting'
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -f -a "set" -d 'Change a setting (admins); durations like 12h or 30d'
complete -c stint -n "__fish_stint_using_subcommand config; and not __fish_seen_subcommand_from list get set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from list" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from list" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from list" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from list" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from get" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from get" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from get" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from get" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from get" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from set" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from set" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from set" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from set" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from set" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every setting with its value and default'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one setting'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting (admins); durations like 12h or 30d'
complete -c stint -n "__fish_stint_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List audit events, oldest first (supervisors and admins)'
complete -c stint -n "__fish_stint_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only events at or after this time (e.g. yesterday, -2h, 2024-05-01)' -r
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only events by this user' -r
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -l object -d 'Only events on this object: a type (user, ticket, setting) or TYPE:ID' -r
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action, or a family of them (e.g. user, user.add)' -r
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'Only the latest N events, still oldest first (a table without a filter shows the latest 50)' -r
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit events, oldest first (supervisors and admins)'
complete -c stint -n "__fish_stint_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand completions" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand completions" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand completions" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand completions" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand completions" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand completions" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand completions" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand serve" -l listen -d 'Address to listen on (port 0 picks a free port)' -r
complete -c stint -n "__fish_stint_using_subcommand serve" -l tls-cert -d 'The server\'s certificate chain (PEM), issued by a CA its clients trust; SIGHUP reads it and the key again' -r -F
complete -c stint -n "__fish_stint_using_subcommand serve" -l tls-key -d 'The certificate\'s private key (PEM: PKCS#8, EC or RSA)' -r -F
complete -c stint -n "__fish_stint_using_subcommand serve" -l trusted-proxy -d 'A proxy whose X-Forwarded-For header names the client (repeatable)' -r
complete -c stint -n "__fish_stint_using_subcommand serve" -l pool-size -d 'How many database connections the server keeps open' -r
complete -c stint -n "__fish_stint_using_subcommand serve" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand serve" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand serve" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand serve" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand serve" -l behind-proxy -d 'Serve plain HTTP on a loopback address for a TLS-terminating proxy in front'
complete -c stint -n "__fish_stint_using_subcommand serve" -l test-clock -d 'Honour the test clock clients send (test builds only)'
complete -c stint -n "__fish_stint_using_subcommand serve" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand serve" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand serve" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -f -a "backup" -d 'Write a consistent copy of a SQLite database to FILE while others keep using it'
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -f -a "check" -d 'Check a database\'s integrity and stint\'s invariants (read-only); exit 8 if any is broken'
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -f -a "copy" -d 'Copy the whole database into a new SQLite file or an empty PostgreSQL database'
complete -c stint -n "__fish_stint_using_subcommand db; and not __fish_seen_subcommand_from backup check copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from backup" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from backup" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from backup" -l force -d 'Replace FILE if it exists'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from backup" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from check" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from check" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from check" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'Where the copy goes: a new SQLite file, or a postgres:// URL of an empty database (read from STINT_COPY_TO when not given, which keeps a password off the command line)' -r
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from copy" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from copy" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from copy" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a consistent copy of a SQLite database to FILE while others keep using it'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a database\'s integrity and stint\'s invariants (read-only); exit 8 if any is broken'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy the whole database into a new SQLite file or an empty PostgreSQL database'
complete -c stint -n "__fish_stint_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -f -a "create" -d 'Create an organisation and its first admin (in one transaction)'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -f -a "list" -d 'List the organisations with what each holds'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -f -a "show" -d 'Show one organisation, its limits and usage'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -f -a "rename" -d 'Rename an organisation (its users log in with the new name)'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -f -a "suspend" -d 'Suspend an organisation: its users can neither log in nor act'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -f -a "activate" -d 'Let a suspended organisation\'s users log in and act again'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -f -a "limit" -d 'Set an organisation\'s limits'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -f -a "delete" -d 'Delete an organisation and everything in it; asks first on a terminal'
complete -c stint -n "__fish_stint_using_subcommand org; and not __fish_seen_subcommand_from create list show rename suspend activate limit delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from create" -l admin -d 'Username of its first admin' -r
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from create" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from create" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from create" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from create" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the admin\'s password from the first line of stdin instead of prompting'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from create" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from list" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from list" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from list" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from list" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from show" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from show" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from show" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from show" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from rename" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from rename" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from rename" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from rename" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from rename" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from suspend" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from suspend" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from suspend" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from suspend" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from suspend" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from suspend" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from activate" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from activate" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from activate" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from activate" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from activate" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from limit" -l max-users -d 'The most users the organisation may hold (adding one more is refused)' -r
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from limit" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from limit" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from limit" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from limit" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from limit" -l no-max-users -d 'Remove the limit on users'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from limit" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from limit" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from limit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from limit" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from delete" -l db -d 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from delete" -l server -d 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`' -r
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from delete" -l ca-file -d 'A private CA\'s certificate (PEM) to check the server\'s certificate against; remembered by `auth login --server`' -r -F
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from delete" -l format -d 'Output format for records (config.toml\'s `format` replaces the default)' -r -f -a "table\t'Aligned columns for people (the default)'
json\t'One JSON document: an object, or an array of objects'
csv\t'RFC 4180 CSV with a header row'
tsv\t'Tab-separated values with a header row; tab, newline, CR and backslash escaped as \\t \\n \\r \\\\'
ndjson\t'One JSON object per line'"
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete without asking (required off a terminal)'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from delete" -l utc -d 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only ids of what a command creates, and no notices'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an organisation and its first admin (in one transaction)'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the organisations with what each holds'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one organisation, its limits and usage'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename an organisation (its users log in with the new name)'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Suspend an organisation: its users can neither log in nor act'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Let a suspended organisation\'s users log in and act again'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "limit" -d 'Set an organisation\'s limits'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an organisation and everything in it; asks first on a terminal'
complete -c stint -n "__fish_stint_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "init" -d 'Create a database and its first admin, and log that admin in here'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "demo" -d 'Build a sample service desk in a new database (a temporary file unless --db) and tour it'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "user" -d 'Manage users: add, list, edit, suspend, remove; change passwords'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "auth" -d 'Log in and out, and manage login sessions'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "ticket" -d 'Track work requests: create, list, assign and close numbered tickets'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "case" -d 'Investigate problems in cases that keep a conversation of notes'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "timer" -d 'Track time: start, stop and switch timers; record past work'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "session" -d 'List, report, import, show, correct and delete work sessions'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "config" -d 'Read and change team-wide settings'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "audit" -d 'Read the audit log of every change'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "completions" -d 'Print a shell completion script'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "serve" -d 'Serve the database to stint clients over HTTPS (team mode)'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "db" -d 'Operate on the database itself (direct access): back it up'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "org" -d 'Manage organisations (operators, with direct database access)'
complete -c stint -n "__fish_stint_using_subcommand help; and not __fish_seen_subcommand_from init demo user auth ticket case timer session config audit completions serve db org help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user (admins); the password comes from --password-stdin or a prompt'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users (everyone for admins and supervisors, yourself otherwise)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show a user, or yourself with `me`'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "edit" -d 'Change a user\'s role, display name or email (admins)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Change your password (asks for the current one first), or anyone\'s as an admin; the user\'s other login sessions end'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "suspend" -d 'Suspend a user: no login, all login sessions revoked, a running timer stopped (admins)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "activate" -d 'Re-activate a suspended or deactivated user (admins)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "deactivate" -d 'Deactivate a user who left, keeping their history; a running timer stops (admins)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "remove" -d 'Remove a user who owns no data (admins); otherwise use deactivate. Asks first on a terminal'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Log in on this client, or resume this client\'s session (its token is rotated)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'End this client\'s login session in the database, or every client\'s with --all'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show who is logged in here; exit 4 when nobody is'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "sessions" -d 'List your login sessions with their state, or everyone\'s (admins)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "revoke" -d 'Revoke a login session by id prefix, or every session of a user'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "prune" -d 'Delete revoked, expired and idle login sessions (admins)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "create" -d 'Create a ticket and print it (only its number with -q)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "list" -d 'List tickets, newest first'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "show" -d 'Show a ticket with the total time spent on it; a table also lists its latest 10 work sessions (everyone\'s, or only yours for technicians)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "edit" -d 'Change a ticket\'s title, description, status, priority or requester'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "assign" -d 'Assign a ticket to a user (`me` for yourself), or take it off everyone with --unassign'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "close" -d 'Close a ticket'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "reopen" -d 'Reopen a resolved or closed ticket'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "open" -d 'Open a case that you own, optionally linked to a ticket'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "list" -d 'List your cases, newest first (anyone\'s with --owner or --all-users, for supervisors and admins)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "show" -d 'Show a case with its description; a table also lists its latest 10 work sessions'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "note" -d 'Add a note to a case\'s conversation'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "log" -d 'Print a case\'s conversation, oldest note first'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "edit" -d 'Change a case\'s title, description, status, priority or linked ticket'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "close" -d 'Close a case'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "archive" -d 'Archive a case; it takes no more notes until its status changes'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from timer" -f -a "start" -d 'Start a timer on a ticket, a case or both; on a terminal, pick one when none is given'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from timer" -f -a "stop" -d 'Stop your running timer and print how long it ran'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from timer" -f -a "switch" -d 'Stop your running timer and start one on another target at the same instant; on a terminal, pick one when none is given'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from timer" -f -a "status" -d 'Show your running timer; exit 3 when none runs (for shell prompts)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from timer" -f -a "cancel" -d 'Discard your running timer without recording it'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from timer" -f -a "continue" -d 'Start a timer on what your last stopped session was on'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from timer" -f -a "manual" -d 'Record a completed session in the past: two of --from, --to and --duration, or a duration that ended now'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from timer" -f -a "edit" -d 'Change your running timer\'s note or start'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from timer" -f -a "note" -d 'Replace your running timer\'s note (short for `timer edit --note`)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "list" -d 'List work sessions, oldest first (yours unless --user or --all-users)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "show" -d 'Show one work session'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "edit" -d 'Correct a work session\'s times, target, note or tags (anyone\'s as a supervisor or admin)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "delete" -d 'Delete a work session (anyone\'s as a supervisor or admin); asks first on a terminal'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "report" -d 'Total time per user, ticket, case, day, week or month, clipped to the range'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "summary" -d 'Your day: sessions grouped by local day with what they were on, and totals (today\'s unless a period or --from/--to is given)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "import" -d 'Import work sessions from stint\'s CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List every setting with its value and default'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Show one setting'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change a setting (admins); durations like 12h or 30d'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit events, oldest first (supervisors and admins)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Write a consistent copy of a SQLite database to FILE while others keep using it'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check a database\'s integrity and stint\'s invariants (read-only); exit 8 if any is broken'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy the whole database into a new SQLite file or an empty PostgreSQL database'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "create" -d 'Create an organisation and its first admin (in one transaction)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List the organisations with what each holds'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Show one organisation, its limits and usage'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "rename" -d 'Rename an organisation (its users log in with the new name)'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "suspend" -d 'Suspend an organisation: its users can neither log in nor act'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "activate" -d 'Let a suspended organisation\'s users log in and act again'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "limit" -d 'Set an organisation\'s limits'
complete -c stint -n "__fish_stint_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "delete" -d 'Delete an organisation and everything in it; asks first on a terminal'
