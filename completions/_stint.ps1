
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'stint' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'stint'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'stint' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a database and its first admin, and log that admin in here')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a sample service desk in a new database (a temporary file unless --db) and tour it')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users: add, list, edit, suspend, remove; change passwords')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in and out, and manage login sessions')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Track work requests: create, list, assign and close numbered tickets')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'Investigate problems in cases that keep a conversation of notes')
            [CompletionResult]::new('timer', 'timer', [CompletionResultType]::ParameterValue, 'Track time: start, stop and switch timers; record past work')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'List, report, import, show, correct and delete work sessions')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change team-wide settings')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the audit log of every change')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the database to stint clients over HTTPS (team mode)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Operate on the database itself (direct access): back it up')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Manage organisations (operators, with direct database access)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;init' {
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Username of the first admin')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Name of the database''s first organisation (1-64 of a-z, 0-9, ''.'', ''_'', ''-'')')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the admin''s password from the first line of stdin instead of prompting')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;demo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (admins); the password comes from --password-stdin or a prompt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (everyone for admins and supervisors, yourself otherwise)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user, or yourself with `me`')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s role, display name or email (admins)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your password (asks for the current one first), or anyone''s as an admin; the user''s other login sessions end')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: no login, all login sessions revoked, a running timer stopped (admins)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Re-activate a suspended or deactivated user (admins)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user who left, keeping their history; a running timer stops (admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user who owns no data (admins); otherwise use deactivate. Asks first on a terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;user;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'Full name shown in lists')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin instead of prompting')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed with a notice when the user exists (exit 6 otherwise)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;user;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only users with this role')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only users with this status')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the latest N users by when they were added (listed oldest first)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;user;edit' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'New role')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email address')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--clear-email', '--clear-email', [CompletionResultType]::ParameterName, 'Remove the email address')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;user;passwd' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read from stdin instead of prompting: your current password on the first line and the new one on the second, or only the new one for another user')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;user;suspend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;user;activate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;user;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;user;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Remove without asking (required off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Remove without asking (required off a terminal)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (admins); the password comes from --password-stdin or a prompt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (everyone for admins and supervisors, yourself otherwise)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user, or yourself with `me`')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s role, display name or email (admins)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your password (asks for the current one first), or anyone''s as an admin; the user''s other login sessions end')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: no login, all login sessions revoked, a running timer stopped (admins)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Re-activate a suspended or deactivated user (admins)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user who left, keeping their history; a running timer stops (admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user who owns no data (admins); otherwise use deactivate. Asks first on a terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;user;help;add' {
            break
        }
        'stint;user;help;list' {
            break
        }
        'stint;user;help;show' {
            break
        }
        'stint;user;help;edit' {
            break
        }
        'stint;user;help;passwd' {
            break
        }
        'stint;user;help;suspend' {
            break
        }
        'stint;user;help;activate' {
            break
        }
        'stint;user;help;deactivate' {
            break
        }
        'stint;user;help;remove' {
            break
        }
        'stint;user;help;help' {
            break
        }
        'stint;auth' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in on this client, or resume this client''s session (its token is rotated)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End this client''s login session in the database, or every client''s with --all')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who is logged in here; exit 4 when nobody is')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'List your login sessions with their state, or everyone''s (admins)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a login session by id prefix, or every session of a user')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete revoked, expired and idle login sessions (admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;auth;login' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation to log in to (needed when the database serves several)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Session lifetime, shorter than the session.ttl setting (e.g. 8h)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin instead of prompting')
            [CompletionResult]::new('--print-token', '--print-token', [CompletionResultType]::ParameterName, 'Print a token for STINT_TOKEN on stdout instead of storing it (a separate session that works from any client)')
            [CompletionResult]::new('--replace-oldest', '--replace-oldest', [CompletionResultType]::ParameterName, 'At the session limit, end your least recently used session to make room (after the password is checked)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Store a token read from stdin (e.g. one printed by --print-token) after checking it; the token says who you are')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;auth;logout' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Log out every client of yours')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;auth;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;auth;sessions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'Every user''s sessions (admins)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;auth;revoke' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Revoke every session of this user (yourself, or anyone as an admin); asks first on a terminal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Revoke every session of --user without asking (required off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Revoke every session of --user without asking (required off a terminal)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;auth;prune' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in on this client, or resume this client''s session (its token is rotated)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End this client''s login session in the database, or every client''s with --all')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who is logged in here; exit 4 when nobody is')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'List your login sessions with their state, or everyone''s (admins)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a login session by id prefix, or every session of a user')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete revoked, expired and idle login sessions (admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;auth;help;login' {
            break
        }
        'stint;auth;help;logout' {
            break
        }
        'stint;auth;help;status' {
            break
        }
        'stint;auth;help;sessions' {
            break
        }
        'stint;auth;help;revoke' {
            break
        }
        'stint;auth;help;prune' {
            break
        }
        'stint;auth;help;help' {
            break
        }
        'stint;ticket' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a ticket and print it (only its number with -q)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a ticket with the total time spent on it; a table also lists its latest 10 work sessions (everyone''s, or only yours for technicians)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a ticket''s title, description, status, priority or requester')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a ticket to a user (`me` for yourself), or take it off everyone with --unassign')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or closed ticket')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;ticket;create' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Longer description, up to 10,000 characters')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority')
            [CompletionResult]::new('--requester', '--requester', [CompletionResultType]::ParameterName, 'Who asked for the work (free text, e.g. a name and email address)')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Assign the ticket to this user (`me` for yourself)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;ticket;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only tickets with this status; can be repeated or comma-separated')
            [CompletionResult]::new('--assignee', '--assignee', [CompletionResultType]::ParameterName, 'Only tickets assigned to this user (`me` for yourself)')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Only tickets with this priority')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only tickets whose title or description contains this text (literally: % and _ are ordinary characters; ASCII letters match either case)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the latest N tickets, listed oldest first (with --sort: the first N in that order)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order [default: newest]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--unassigned', '--unassigned', [CompletionResultType]::ParameterName, 'Only tickets assigned to nobody')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;ticket;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;ticket;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description (an empty string clears it)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'New status')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'New priority')
            [CompletionResult]::new('--requester', '--requester', [CompletionResultType]::ParameterName, 'New requester (an empty string clears it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;ticket;assign' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--unassign', '--unassign', [CompletionResultType]::ParameterName, 'Leave the ticket assigned to nobody')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;ticket;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;ticket;reopen' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;ticket;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a ticket and print it (only its number with -q)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a ticket with the total time spent on it; a table also lists its latest 10 work sessions (everyone''s, or only yours for technicians)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a ticket''s title, description, status, priority or requester')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a ticket to a user (`me` for yourself), or take it off everyone with --unassign')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or closed ticket')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;ticket;help;create' {
            break
        }
        'stint;ticket;help;list' {
            break
        }
        'stint;ticket;help;show' {
            break
        }
        'stint;ticket;help;edit' {
            break
        }
        'stint;ticket;help;assign' {
            break
        }
        'stint;ticket;help;close' {
            break
        }
        'stint;ticket;help;reopen' {
            break
        }
        'stint;ticket;help;help' {
            break
        }
        'stint;case' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a case that you own, optionally linked to a ticket')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your cases, newest first (anyone''s with --owner or --all-users, for supervisors and admins)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case with its description; a table also lists its latest 10 work sessions')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note to a case''s conversation')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Print a case''s conversation, oldest note first')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a case''s title, description, status, priority or linked ticket')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a case')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a case; it takes no more notes until its status changes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;case;open' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Longer description, up to 10,000 characters')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Priority')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Link the case to this ticket number')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;case;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only cases with this status; can be repeated or comma-separated')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Cases of this user instead of yours (`me` for yourself; others need supervisor or admin)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the latest N cases, listed oldest first (with --sort: the first N in that order)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order [default: newest]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'Everyone''s cases (supervisors and admins)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;case;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;case;note' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--stdin', '--stdin', [CompletionResultType]::ParameterName, 'Read the note from stdin instead (one final line ending is dropped)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;case;log' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;case;edit' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description (an empty string clears it)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'New status')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'New priority')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Link the case to this ticket number instead')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--no-ticket', '--no-ticket', [CompletionResultType]::ParameterName, 'Take the case off its ticket')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;case;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;case;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;case;help' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a case that you own, optionally linked to a ticket')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your cases, newest first (anyone''s with --owner or --all-users, for supervisors and admins)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case with its description; a table also lists its latest 10 work sessions')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note to a case''s conversation')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Print a case''s conversation, oldest note first')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a case''s title, description, status, priority or linked ticket')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a case')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a case; it takes no more notes until its status changes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;case;help;open' {
            break
        }
        'stint;case;help;list' {
            break
        }
        'stint;case;help;show' {
            break
        }
        'stint;case;help;note' {
            break
        }
        'stint;case;help;log' {
            break
        }
        'stint;case;help;edit' {
            break
        }
        'stint;case;help;close' {
            break
        }
        'stint;case;help;archive' {
            break
        }
        'stint;case;help;help' {
            break
        }
        'stint;timer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a timer on a ticket, a case or both; on a terminal, pick one when none is given')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop your running timer and print how long it ran')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Stop your running timer and start one on another target at the same instant; on a terminal, pick one when none is given')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show your running timer; exit 3 when none runs (for shell prompts)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Discard your running timer without recording it')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Start a timer on what your last stopped session was on')
            [CompletionResult]::new('manual', 'manual', [CompletionResultType]::ParameterValue, 'Record a completed session in the past: two of --from, --to and --duration, or a duration that ended now')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change your running timer''s note or start')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Replace your running timer''s note (short for `timer edit --note`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;timer;start' {
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Ticket number (42 or #42)')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Case id or unique prefix (4+ hex digits)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note on what you are doing')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the session (repeat for several: --tag onsite --tag vpn)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Start earlier than now (e.g. 09:15, -20m); never in the future or inside another session')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow a closed ticket or a closed or archived case')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;timer;stop' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Replace the session''s note')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Stop earlier than now (e.g. 17:30, -15m), for a timer you forgot; not before its start')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;timer;switch' {
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Ticket number (42 or #42)')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Case id or unique prefix (4+ hex digits)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the new session')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the new session (repeat for several: --tag onsite --tag vpn)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Switch earlier than now (e.g. 10:30, -5m): the running timer stops and the new one starts then')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow a closed ticket or a closed or archived case')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;timer;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;timer;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;timer;continue' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the new session (default: the last session''s note)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Start earlier than now; never in the future or inside another session')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow a ticket or case that has been closed since')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;timer;manual' {
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Ticket number (42 or #42)')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Case id or unique prefix (4+ hex digits)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'When the work started (e.g. 09:00, yesterday 14:00, 2024-05-01 08:30)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'When the work ended; no later than now')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long the work took (e.g. 90m, 1h30m, 1:30, 45 min); with neither --from nor --to, it ended now')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note on what you did')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the session (repeat for several: --tag onsite --tag vpn)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow a session longer than timer.max_length, or a closed ticket or case')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;timer;edit' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Replace the note (an empty string clears it)')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Move the start (e.g. 09:15, -20m); never in the future or inside another session')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;timer;note' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;timer;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a timer on a ticket, a case or both; on a terminal, pick one when none is given')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop your running timer and print how long it ran')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Stop your running timer and start one on another target at the same instant; on a terminal, pick one when none is given')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show your running timer; exit 3 when none runs (for shell prompts)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Discard your running timer without recording it')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Start a timer on what your last stopped session was on')
            [CompletionResult]::new('manual', 'manual', [CompletionResultType]::ParameterValue, 'Record a completed session in the past: two of --from, --to and --duration, or a duration that ended now')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change your running timer''s note or start')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Replace your running timer''s note (short for `timer edit --note`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;timer;help;start' {
            break
        }
        'stint;timer;help;stop' {
            break
        }
        'stint;timer;help;switch' {
            break
        }
        'stint;timer;help;status' {
            break
        }
        'stint;timer;help;cancel' {
            break
        }
        'stint;timer;help;continue' {
            break
        }
        'stint;timer;help;manual' {
            break
        }
        'stint;timer;help;edit' {
            break
        }
        'stint;timer;help;note' {
            break
        }
        'stint;timer;help;help' {
            break
        }
        'stint;session' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List work sessions, oldest first (yours unless --user or --all-users)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one work session')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a work session''s times, target, note or tags (anyone''s as a supervisor or admin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a work session (anyone''s as a supervisor or admin); asks first on a terminal')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Total time per user, ticket, case, day, week or month, clipped to the range')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Your day: sessions grouped by local day with what they were on, and totals (today''s unless a period or --from/--to is given)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import work sessions from stint''s CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;session;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only sessions that overlap the time from here on (e.g. 2024-05-01, yesterday 17:00, -2h)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only sessions that overlap the time before this')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s sessions (`me` for yours; others need a supervisor, admin or viewer)')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Only sessions on this ticket (42 or #42)')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only sessions on this case (id or unique prefix of 4+ hex digits)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only sessions with this tag')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the latest N sessions by start (still listed oldest first)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Only today''s sessions (local calendar day)')
            [CompletionResult]::new('--yesterday', '--yesterday', [CompletionResultType]::ParameterName, 'Only yesterday''s sessions')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'Only this week''s sessions (weeks start on Monday)')
            [CompletionResult]::new('--last-week', '--last-week', [CompletionResultType]::ParameterName, 'Only last week''s sessions')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Only this month''s sessions')
            [CompletionResult]::new('--last-month', '--last-month', [CompletionResultType]::ParameterName, 'Only last month''s sessions')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'Everyone''s sessions (supervisors, admins and viewers)')
            [CompletionResult]::new('--running', '--running', [CompletionResultType]::ParameterName, 'Only running timers')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Cut sessions to the range and split them at local midnights, as reports count them')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;session;show' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Look for the id among this user''s sessions (`last` and @N count theirs)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;session;edit' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Look for the id among this user''s sessions (`last` and @N count theirs)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'New start')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'New end (a running timer is ended only by its owner, with `timer stop --at`)')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Put the session on this ticket (42 or #42)')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Put the session on this case (id or unique prefix)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'New note (an empty string clears it)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Put this tag on the session (repeatable)')
            [CompletionResult]::new('--untag', '--untag', [CompletionResultType]::ParameterName, 'Take this tag off the session (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--no-ticket', '--no-ticket', [CompletionResultType]::ParameterName, 'Take the session off its ticket (it must keep a case)')
            [CompletionResult]::new('--no-case', '--no-case', [CompletionResultType]::ParameterName, 'Take the session off its case (it must keep a ticket)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow a session longer than timer.max_length, or a closed ticket or case')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;session;delete' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Look for the id among this user''s sessions (`last` and @N count theirs)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (required off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (required off a terminal)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;session;report' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only sessions that overlap the time from here on (e.g. 2024-05-01, yesterday 17:00, -2h)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only sessions that overlap the time before this')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s sessions (`me` for yours; others need a supervisor, admin or viewer)')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Only sessions on this ticket (42 or #42)')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only sessions on this case (id or unique prefix of 4+ hex digits)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only sessions with this tag')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by this; repeat to nest (e.g. --by user --by day)')
            [CompletionResult]::new('--round', '--round', [CompletionResultType]::ParameterName, 'Round each row for display to this unit (e.g. 15m; halves round up); the table''s total is the sum of the rounded rows, and machine formats add rounded_seconds beside the raw seconds')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Only today''s sessions (local calendar day)')
            [CompletionResult]::new('--yesterday', '--yesterday', [CompletionResultType]::ParameterName, 'Only yesterday''s sessions')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'Only this week''s sessions (weeks start on Monday)')
            [CompletionResult]::new('--last-week', '--last-week', [CompletionResultType]::ParameterName, 'Only last week''s sessions')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Only this month''s sessions')
            [CompletionResult]::new('--last-month', '--last-month', [CompletionResultType]::ParameterName, 'Only last month''s sessions')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'Everyone''s sessions (supervisors, admins and viewers)')
            [CompletionResult]::new('--running', '--running', [CompletionResultType]::ParameterName, 'Only running timers')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;session;summary' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only sessions that overlap the time from here on (e.g. 2024-05-01, yesterday 17:00, -2h)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only sessions that overlap the time before this')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only this user''s sessions (`me` for yours; others need a supervisor, admin or viewer)')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Only sessions on this ticket (42 or #42)')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Only sessions on this case (id or unique prefix of 4+ hex digits)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only sessions with this tag')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Only today''s sessions (local calendar day)')
            [CompletionResult]::new('--yesterday', '--yesterday', [CompletionResultType]::ParameterName, 'Only yesterday''s sessions')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'Only this week''s sessions (weeks start on Monday)')
            [CompletionResult]::new('--last-week', '--last-week', [CompletionResultType]::ParameterName, 'Only last week''s sessions')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Only this month''s sessions')
            [CompletionResult]::new('--last-month', '--last-month', [CompletionResultType]::ParameterName, 'Only last month''s sessions')
            [CompletionResult]::new('--all-users', '--all-users', [CompletionResultType]::ParameterName, 'Everyone''s sessions (supervisors, admins and viewers)')
            [CompletionResult]::new('--running', '--running', [CompletionResultType]::ParameterName, 'Only running timers')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;session;import' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Input format (default: from the file''s extension)')
            [CompletionResult]::new('--ticket', '--ticket', [CompletionResultType]::ParameterName, 'Put records that name no target on this ticket (42 or #42)')
            [CompletionResult]::new('--case', '--case', [CompletionResultType]::ParameterName, 'Put records that name no target on this case (id or unique prefix)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Import as this user''s sessions (supervisors and admins migrating a team)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--map-tag', '--map-tag', [CompletionResultType]::ParameterName, 'Read each record''s target from its tags: ticket:N or case:ID (Timewarrior, Watson)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would be imported, without writing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow sessions longer than timer.max_length and closed tickets or cases')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;session;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List work sessions, oldest first (yours unless --user or --all-users)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one work session')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a work session''s times, target, note or tags (anyone''s as a supervisor or admin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a work session (anyone''s as a supervisor or admin); asks first on a terminal')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Total time per user, ticket, case, day, week or month, clipped to the range')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Your day: sessions grouped by local day with what they were on, and totals (today''s unless a period or --from/--to is given)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import work sessions from stint''s CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;session;help;list' {
            break
        }
        'stint;session;help;show' {
            break
        }
        'stint;session;help;edit' {
            break
        }
        'stint;session;help;delete' {
            break
        }
        'stint;session;help;report' {
            break
        }
        'stint;session;help;summary' {
            break
        }
        'stint;session;help;import' {
            break
        }
        'stint;session;help;help' {
            break
        }
        'stint;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting with its value and default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (admins); durations like 12h or 30d')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;config;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;config;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;config;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting with its value and default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (admins); durations like 12h or 30d')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;config;help;list' {
            break
        }
        'stint;config;help;get' {
            break
        }
        'stint;config;help;set' {
            break
        }
        'stint;config;help;help' {
            break
        }
        'stint;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit events, oldest first (supervisors and admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events at or after this time (e.g. yesterday, -2h, 2024-05-01)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only events by this user')
            [CompletionResult]::new('--object', '--object', [CompletionResultType]::ParameterName, 'Only events on this object: a type (user, ticket, setting) or TYPE:ID')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action, or a family of them (e.g. user, user.add)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the latest N events, still oldest first (a table without a filter shows the latest 50)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit events, oldest first (supervisors and admins)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;audit;help;list' {
            break
        }
        'stint;audit;help;help' {
            break
        }
        'stint;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port)')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'The server''s certificate chain (PEM), issued by a CA its clients trust; SIGHUP reads it and the key again')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM: PKCS#8, EC or RSA)')
            [CompletionResult]::new('--trusted-proxy', '--trusted-proxy', [CompletionResultType]::ParameterName, 'A proxy whose X-Forwarded-For header names the client (repeatable)')
            [CompletionResult]::new('--pool-size', '--pool-size', [CompletionResultType]::ParameterName, 'How many database connections the server keeps open')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--behind-proxy', '--behind-proxy', [CompletionResultType]::ParameterName, 'Serve plain HTTP on a loopback address for a TLS-terminating proxy in front')
            [CompletionResult]::new('--test-clock', '--test-clock', [CompletionResultType]::ParameterName, 'Honour the test clock clients send (test builds only)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of a SQLite database to FILE while others keep using it')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a database''s integrity and stint''s invariants (read-only); exit 8 if any is broken')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database into a new SQLite file or an empty PostgreSQL database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;db;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;db;copy' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where the copy goes: a new SQLite file, or a postgres:// URL of an empty database (read from STINT_COPY_TO when not given, which keeps a password off the command line)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;db;help' {
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of a SQLite database to FILE while others keep using it')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a database''s integrity and stint''s invariants (read-only); exit 8 if any is broken')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database into a new SQLite file or an empty PostgreSQL database')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;db;help;backup' {
            break
        }
        'stint;db;help;check' {
            break
        }
        'stint;db;help;copy' {
            break
        }
        'stint;db;help;help' {
            break
        }
        'stint;org' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organisation and its first admin (in one transaction)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organisations with what each holds')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organisation, its limits and usage')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an organisation (its users log in with the new name)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an organisation: its users can neither log in nor act')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let a suspended organisation''s users log in and act again')
            [CompletionResult]::new('limit', 'limit', [CompletionResultType]::ParameterValue, 'Set an organisation''s limits')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organisation and everything in it; asks first on a terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;org;create' {
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Username of its first admin')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the admin''s password from the first line of stdin instead of prompting')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;org;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;org;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;org;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;org;suspend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;org;activate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;org;limit' {
            [CompletionResult]::new('--max-users', '--max-users', [CompletionResultType]::ParameterName, 'The most users the organisation may hold (adding one more is refused)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('--no-max-users', '--no-max-users', [CompletionResultType]::ParameterName, 'Remove the limit on users')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;org;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for records (config.toml''s `format` replaces the default)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete without asking (required off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete without asking (required off a terminal)')
            [CompletionResult]::new('--utc', '--utc', [CompletionResultType]::ParameterName, 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only ids of what a command creates, and no notices')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'stint;org;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organisation and its first admin (in one transaction)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organisations with what each holds')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organisation, its limits and usage')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an organisation (its users log in with the new name)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an organisation: its users can neither log in nor act')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let a suspended organisation''s users log in and act again')
            [CompletionResult]::new('limit', 'limit', [CompletionResultType]::ParameterValue, 'Set an organisation''s limits')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organisation and everything in it; asks first on a terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;org;help;create' {
            break
        }
        'stint;org;help;list' {
            break
        }
        'stint;org;help;show' {
            break
        }
        'stint;org;help;rename' {
            break
        }
        'stint;org;help;suspend' {
            break
        }
        'stint;org;help;activate' {
            break
        }
        'stint;org;help;limit' {
            break
        }
        'stint;org;help;delete' {
            break
        }
        'stint;org;help;help' {
            break
        }
        'stint;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a database and its first admin, and log that admin in here')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a sample service desk in a new database (a temporary file unless --db) and tour it')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users: add, list, edit, suspend, remove; change passwords')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Log in and out, and manage login sessions')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Track work requests: create, list, assign and close numbered tickets')
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'Investigate problems in cases that keep a conversation of notes')
            [CompletionResult]::new('timer', 'timer', [CompletionResultType]::ParameterValue, 'Track time: start, stop and switch timers; record past work')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'List, report, import, show, correct and delete work sessions')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change team-wide settings')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read the audit log of every change')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the database to stint clients over HTTPS (team mode)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Operate on the database itself (direct access): back it up')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Manage organisations (operators, with direct database access)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'stint;help;init' {
            break
        }
        'stint;help;demo' {
            break
        }
        'stint;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (admins); the password comes from --password-stdin or a prompt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (everyone for admins and supervisors, yourself otherwise)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a user, or yourself with `me`')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a user''s role, display name or email (admins)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change your password (asks for the current one first), or anyone''s as an admin; the user''s other login sessions end')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend a user: no login, all login sessions revoked, a running timer stopped (admins)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Re-activate a suspended or deactivated user (admins)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user who left, keeping their history; a running timer stops (admins)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user who owns no data (admins); otherwise use deactivate. Asks first on a terminal')
            break
        }
        'stint;help;user;add' {
            break
        }
        'stint;help;user;list' {
            break
        }
        'stint;help;user;show' {
            break
        }
        'stint;help;user;edit' {
            break
        }
        'stint;help;user;passwd' {
            break
        }
        'stint;help;user;suspend' {
            break
        }
        'stint;help;user;activate' {
            break
        }
        'stint;help;user;deactivate' {
            break
        }
        'stint;help;user;remove' {
            break
        }
        'stint;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in on this client, or resume this client''s session (its token is rotated)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'End this client''s login session in the database, or every client''s with --all')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who is logged in here; exit 4 when nobody is')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'List your login sessions with their state, or everyone''s (admins)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a login session by id prefix, or every session of a user')
            [CompletionResult]::new('prune', 'prune', [CompletionResultType]::ParameterValue, 'Delete revoked, expired and idle login sessions (admins)')
            break
        }
        'stint;help;auth;login' {
            break
        }
        'stint;help;auth;logout' {
            break
        }
        'stint;help;auth;status' {
            break
        }
        'stint;help;auth;sessions' {
            break
        }
        'stint;help;auth;revoke' {
            break
        }
        'stint;help;auth;prune' {
            break
        }
        'stint;help;ticket' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a ticket and print it (only its number with -q)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tickets, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a ticket with the total time spent on it; a table also lists its latest 10 work sessions (everyone''s, or only yours for technicians)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a ticket''s title, description, status, priority or requester')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a ticket to a user (`me` for yourself), or take it off everyone with --unassign')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a resolved or closed ticket')
            break
        }
        'stint;help;ticket;create' {
            break
        }
        'stint;help;ticket;list' {
            break
        }
        'stint;help;ticket;show' {
            break
        }
        'stint;help;ticket;edit' {
            break
        }
        'stint;help;ticket;assign' {
            break
        }
        'stint;help;ticket;close' {
            break
        }
        'stint;help;ticket;reopen' {
            break
        }
        'stint;help;case' {
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a case that you own, optionally linked to a ticket')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your cases, newest first (anyone''s with --owner or --all-users, for supervisors and admins)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case with its description; a table also lists its latest 10 work sessions')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note to a case''s conversation')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Print a case''s conversation, oldest note first')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a case''s title, description, status, priority or linked ticket')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a case')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive a case; it takes no more notes until its status changes')
            break
        }
        'stint;help;case;open' {
            break
        }
        'stint;help;case;list' {
            break
        }
        'stint;help;case;show' {
            break
        }
        'stint;help;case;note' {
            break
        }
        'stint;help;case;log' {
            break
        }
        'stint;help;case;edit' {
            break
        }
        'stint;help;case;close' {
            break
        }
        'stint;help;case;archive' {
            break
        }
        'stint;help;timer' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start a timer on a ticket, a case or both; on a terminal, pick one when none is given')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop your running timer and print how long it ran')
            [CompletionResult]::new('switch', 'switch', [CompletionResultType]::ParameterValue, 'Stop your running timer and start one on another target at the same instant; on a terminal, pick one when none is given')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show your running timer; exit 3 when none runs (for shell prompts)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Discard your running timer without recording it')
            [CompletionResult]::new('continue', 'continue', [CompletionResultType]::ParameterValue, 'Start a timer on what your last stopped session was on')
            [CompletionResult]::new('manual', 'manual', [CompletionResultType]::ParameterValue, 'Record a completed session in the past: two of --from, --to and --duration, or a duration that ended now')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change your running timer''s note or start')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Replace your running timer''s note (short for `timer edit --note`)')
            break
        }
        'stint;help;timer;start' {
            break
        }
        'stint;help;timer;stop' {
            break
        }
        'stint;help;timer;switch' {
            break
        }
        'stint;help;timer;status' {
            break
        }
        'stint;help;timer;cancel' {
            break
        }
        'stint;help;timer;continue' {
            break
        }
        'stint;help;timer;manual' {
            break
        }
        'stint;help;timer;edit' {
            break
        }
        'stint;help;timer;note' {
            break
        }
        'stint;help;session' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List work sessions, oldest first (yours unless --user or --all-users)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one work session')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct a work session''s times, target, note or tags (anyone''s as a supervisor or admin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a work session (anyone''s as a supervisor or admin); asks first on a terminal')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Total time per user, ticket, case, day, week or month, clipped to the range')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Your day: sessions grouped by local day with what they were on, and totals (today''s unless a period or --from/--to is given)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import work sessions from stint''s CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)')
            break
        }
        'stint;help;session;list' {
            break
        }
        'stint;help;session;show' {
            break
        }
        'stint;help;session;edit' {
            break
        }
        'stint;help;session;delete' {
            break
        }
        'stint;help;session;report' {
            break
        }
        'stint;help;session;summary' {
            break
        }
        'stint;help;session;import' {
            break
        }
        'stint;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every setting with its value and default')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one setting')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (admins); durations like 12h or 30d')
            break
        }
        'stint;help;config;list' {
            break
        }
        'stint;help;config;get' {
            break
        }
        'stint;help;config;set' {
            break
        }
        'stint;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit events, oldest first (supervisors and admins)')
            break
        }
        'stint;help;audit;list' {
            break
        }
        'stint;help;completions' {
            break
        }
        'stint;help;serve' {
            break
        }
        'stint;help;db' {
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of a SQLite database to FILE while others keep using it')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a database''s integrity and stint''s invariants (read-only); exit 8 if any is broken')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the whole database into a new SQLite file or an empty PostgreSQL database')
            break
        }
        'stint;help;db;backup' {
            break
        }
        'stint;help;db;check' {
            break
        }
        'stint;help;db;copy' {
            break
        }
        'stint;help;org' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organisation and its first admin (in one transaction)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the organisations with what each holds')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organisation, its limits and usage')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an organisation (its users log in with the new name)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Suspend an organisation: its users can neither log in nor act')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Let a suspended organisation''s users log in and act again')
            [CompletionResult]::new('limit', 'limit', [CompletionResultType]::ParameterValue, 'Set an organisation''s limits')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organisation and everything in it; asks first on a terminal')
            break
        }
        'stint;help;org;create' {
            break
        }
        'stint;help;org;list' {
            break
        }
        'stint;help;org;show' {
            break
        }
        'stint;help;org;rename' {
            break
        }
        'stint;help;org;suspend' {
            break
        }
        'stint;help;org;activate' {
            break
        }
        'stint;help;org;limit' {
            break
        }
        'stint;help;org;delete' {
            break
        }
        'stint;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
