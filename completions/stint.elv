
use builtin;
use str;

set edit:completion:arg-completer[stint] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'stint'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'stint'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a database and its first admin, and log that admin in here'
            cand demo 'Build a sample service desk in a new database (a temporary file unless --db) and tour it'
            cand user 'Manage users: add, list, edit, suspend, remove; change passwords'
            cand auth 'Log in and out, and manage login sessions'
            cand ticket 'Track work requests: create, list, assign and close numbered tickets'
            cand case 'Investigate problems in cases that keep a conversation of notes'
            cand timer 'Track time: start, stop and switch timers; record past work'
            cand session 'List, report, import, show, correct and delete work sessions'
            cand config 'Read and change team-wide settings'
            cand audit 'Read the audit log of every change'
            cand completions 'Print a shell completion script'
            cand serve 'Serve the database to stint clients over HTTPS (team mode)'
            cand db 'Operate on the database itself (direct access): back it up'
            cand org 'Manage organisations (operators, with direct database access)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;init'= {
            cand --admin 'Username of the first admin'
            cand --org 'Name of the database''s first organisation (1-64 of a-z, 0-9, ''.'', ''_'', ''-'')'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --password-stdin 'Read the admin''s password from the first line of stdin instead of prompting'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;demo'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;user'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user (admins); the password comes from --password-stdin or a prompt'
            cand list 'List users (everyone for admins and supervisors, yourself otherwise)'
            cand show 'Show a user, or yourself with `me`'
            cand edit 'Change a user''s role, display name or email (admins)'
            cand passwd 'Change your password (asks for the current one first), or anyone''s as an admin; the user''s other login sessions end'
            cand suspend 'Suspend a user: no login, all login sessions revoked, a running timer stopped (admins)'
            cand activate 'Re-activate a suspended or deactivated user (admins)'
            cand deactivate 'Deactivate a user who left, keeping their history; a running timer stops (admins)'
            cand remove 'Remove a user who owns no data (admins); otherwise use deactivate. Asks first on a terminal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;user;add'= {
            cand --role 'Role'
            cand --email 'Email address'
            cand --display-name 'Full name shown in lists'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --password-stdin 'Read the password from the first line of stdin instead of prompting'
            cand --if-not-exists 'Succeed with a notice when the user exists (exit 6 otherwise)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;user;list'= {
            cand --role 'Only users with this role'
            cand --status 'Only users with this status'
            cand --limit 'Only the latest N users by when they were added (listed oldest first)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;user;show'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;user;edit'= {
            cand --role 'New role'
            cand --email 'New email address'
            cand --display-name 'New display name'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --clear-email 'Remove the email address'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;user;passwd'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --password-stdin 'Read from stdin instead of prompting: your current password on the first line and the new one on the second, or only the new one for another user'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;user;suspend'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;user;activate'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;user;deactivate'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;user;remove'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand -y 'Remove without asking (required off a terminal)'
            cand --yes 'Remove without asking (required off a terminal)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;user;help'= {
            cand add 'Add a user (admins); the password comes from --password-stdin or a prompt'
            cand list 'List users (everyone for admins and supervisors, yourself otherwise)'
            cand show 'Show a user, or yourself with `me`'
            cand edit 'Change a user''s role, display name or email (admins)'
            cand passwd 'Change your password (asks for the current one first), or anyone''s as an admin; the user''s other login sessions end'
            cand suspend 'Suspend a user: no login, all login sessions revoked, a running timer stopped (admins)'
            cand activate 'Re-activate a suspended or deactivated user (admins)'
            cand deactivate 'Deactivate a user who left, keeping their history; a running timer stops (admins)'
            cand remove 'Remove a user who owns no data (admins); otherwise use deactivate. Asks first on a terminal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;user;help;add'= {
        }
        &'stint;user;help;list'= {
        }
        &'stint;user;help;show'= {
        }
        &'stint;user;help;edit'= {
        }
        &'stint;user;help;passwd'= {
        }
        &'stint;user;help;suspend'= {
        }
        &'stint;user;help;activate'= {
        }
        &'stint;user;help;deactivate'= {
        }
        &'stint;user;help;remove'= {
        }
        &'stint;user;help;help'= {
        }
        &'stint;auth'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Log in on this client, or resume this client''s session (its token is rotated)'
            cand logout 'End this client''s login session in the database, or every client''s with --all'
            cand status 'Show who is logged in here; exit 4 when nobody is'
            cand sessions 'List your login sessions with their state, or everyone''s (admins)'
            cand revoke 'Revoke a login session by id prefix, or every session of a user'
            cand prune 'Delete revoked, expired and idle login sessions (admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;auth;login'= {
            cand --org 'The organisation to log in to (needed when the database serves several)'
            cand --ttl 'Session lifetime, shorter than the session.ttl setting (e.g. 8h)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --password-stdin 'Read the password from the first line of stdin instead of prompting'
            cand --print-token 'Print a token for STINT_TOKEN on stdout instead of storing it (a separate session that works from any client)'
            cand --replace-oldest 'At the session limit, end your least recently used session to make room (after the password is checked)'
            cand --with-token 'Store a token read from stdin (e.g. one printed by --print-token) after checking it; the token says who you are'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;auth;logout'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --all 'Log out every client of yours'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;auth;status'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;auth;sessions'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --all-users 'Every user''s sessions (admins)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;auth;revoke'= {
            cand --user 'Revoke every session of this user (yourself, or anyone as an admin); asks first on a terminal'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand -y 'Revoke every session of --user without asking (required off a terminal)'
            cand --yes 'Revoke every session of --user without asking (required off a terminal)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;auth;prune'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;auth;help'= {
            cand login 'Log in on this client, or resume this client''s session (its token is rotated)'
            cand logout 'End this client''s login session in the database, or every client''s with --all'
            cand status 'Show who is logged in here; exit 4 when nobody is'
            cand sessions 'List your login sessions with their state, or everyone''s (admins)'
            cand revoke 'Revoke a login session by id prefix, or every session of a user'
            cand prune 'Delete revoked, expired and idle login sessions (admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;auth;help;login'= {
        }
        &'stint;auth;help;logout'= {
        }
        &'stint;auth;help;status'= {
        }
        &'stint;auth;help;sessions'= {
        }
        &'stint;auth;help;revoke'= {
        }
        &'stint;auth;help;prune'= {
        }
        &'stint;auth;help;help'= {
        }
        &'stint;ticket'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a ticket and print it (only its number with -q)'
            cand list 'List tickets, newest first'
            cand show 'Show a ticket with the total time spent on it; a table also lists its latest 10 work sessions (everyone''s, or only yours for technicians)'
            cand edit 'Change a ticket''s title, description, status, priority or requester'
            cand assign 'Assign a ticket to a user (`me` for yourself), or take it off everyone with --unassign'
            cand close 'Close a ticket'
            cand reopen 'Reopen a resolved or closed ticket'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;ticket;create'= {
            cand --description 'Longer description, up to 10,000 characters'
            cand --priority 'Priority'
            cand --requester 'Who asked for the work (free text, e.g. a name and email address)'
            cand --assignee 'Assign the ticket to this user (`me` for yourself)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;ticket;list'= {
            cand --status 'Only tickets with this status; can be repeated or comma-separated'
            cand --assignee 'Only tickets assigned to this user (`me` for yourself)'
            cand --priority 'Only tickets with this priority'
            cand --search 'Only tickets whose title or description contains this text (literally: % and _ are ordinary characters; ASCII letters match either case)'
            cand --limit 'Only the latest N tickets, listed oldest first (with --sort: the first N in that order)'
            cand --sort 'Order [default: newest]'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --unassigned 'Only tickets assigned to nobody'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;ticket;show'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;ticket;edit'= {
            cand --title 'New title'
            cand --description 'New description (an empty string clears it)'
            cand --status 'New status'
            cand --priority 'New priority'
            cand --requester 'New requester (an empty string clears it)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;ticket;assign'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --unassign 'Leave the ticket assigned to nobody'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;ticket;close'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;ticket;reopen'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;ticket;help'= {
            cand create 'Create a ticket and print it (only its number with -q)'
            cand list 'List tickets, newest first'
            cand show 'Show a ticket with the total time spent on it; a table also lists its latest 10 work sessions (everyone''s, or only yours for technicians)'
            cand edit 'Change a ticket''s title, description, status, priority or requester'
            cand assign 'Assign a ticket to a user (`me` for yourself), or take it off everyone with --unassign'
            cand close 'Close a ticket'
            cand reopen 'Reopen a resolved or closed ticket'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;ticket;help;create'= {
        }
        &'stint;ticket;help;list'= {
        }
        &'stint;ticket;help;show'= {
        }
        &'stint;ticket;help;edit'= {
        }
        &'stint;ticket;help;assign'= {
        }
        &'stint;ticket;help;close'= {
        }
        &'stint;ticket;help;reopen'= {
        }
        &'stint;ticket;help;help'= {
        }
        &'stint;case'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand open 'Open a case that you own, optionally linked to a ticket'
            cand list 'List your cases, newest first (anyone''s with --owner or --all-users, for supervisors and admins)'
            cand show 'Show a case with its description; a table also lists its latest 10 work sessions'
            cand note 'Add a note to a case''s conversation'
            cand log 'Print a case''s conversation, oldest note first'
            cand edit 'Change a case''s title, description, status, priority or linked ticket'
            cand close 'Close a case'
            cand archive 'Archive a case; it takes no more notes until its status changes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;case;open'= {
            cand --description 'Longer description, up to 10,000 characters'
            cand --priority 'Priority'
            cand --ticket 'Link the case to this ticket number'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;case;list'= {
            cand --status 'Only cases with this status; can be repeated or comma-separated'
            cand --owner 'Cases of this user instead of yours (`me` for yourself; others need supervisor or admin)'
            cand --limit 'Only the latest N cases, listed oldest first (with --sort: the first N in that order)'
            cand --sort 'Order [default: newest]'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --all-users 'Everyone''s cases (supervisors and admins)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;case;show'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;case;note'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --stdin 'Read the note from stdin instead (one final line ending is dropped)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;case;log'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;case;edit'= {
            cand --title 'New title'
            cand --description 'New description (an empty string clears it)'
            cand --status 'New status'
            cand --priority 'New priority'
            cand --ticket 'Link the case to this ticket number instead'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --no-ticket 'Take the case off its ticket'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;case;close'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;case;archive'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;case;help'= {
            cand open 'Open a case that you own, optionally linked to a ticket'
            cand list 'List your cases, newest first (anyone''s with --owner or --all-users, for supervisors and admins)'
            cand show 'Show a case with its description; a table also lists its latest 10 work sessions'
            cand note 'Add a note to a case''s conversation'
            cand log 'Print a case''s conversation, oldest note first'
            cand edit 'Change a case''s title, description, status, priority or linked ticket'
            cand close 'Close a case'
            cand archive 'Archive a case; it takes no more notes until its status changes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;case;help;open'= {
        }
        &'stint;case;help;list'= {
        }
        &'stint;case;help;show'= {
        }
        &'stint;case;help;note'= {
        }
        &'stint;case;help;log'= {
        }
        &'stint;case;help;edit'= {
        }
        &'stint;case;help;close'= {
        }
        &'stint;case;help;archive'= {
        }
        &'stint;case;help;help'= {
        }
        &'stint;timer'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'Start a timer on a ticket, a case or both; on a terminal, pick one when none is given'
            cand stop 'Stop your running timer and print how long it ran'
            cand switch 'Stop your running timer and start one on another target at the same instant; on a terminal, pick one when none is given'
            cand status 'Show your running timer; exit 3 when none runs (for shell prompts)'
            cand cancel 'Discard your running timer without recording it'
            cand continue 'Start a timer on what your last stopped session was on'
            cand manual 'Record a completed session in the past: two of --from, --to and --duration, or a duration that ended now'
            cand edit 'Change your running timer''s note or start'
            cand note 'Replace your running timer''s note (short for `timer edit --note`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;timer;start'= {
            cand --ticket 'Ticket number (42 or #42)'
            cand --case 'Case id or unique prefix (4+ hex digits)'
            cand --note 'A note on what you are doing'
            cand --tag 'Tag the session (repeat for several: --tag onsite --tag vpn)'
            cand --at 'Start earlier than now (e.g. 09:15, -20m); never in the future or inside another session'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --force 'Allow a closed ticket or a closed or archived case'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;timer;stop'= {
            cand --note 'Replace the session''s note'
            cand --at 'Stop earlier than now (e.g. 17:30, -15m), for a timer you forgot; not before its start'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;timer;switch'= {
            cand --ticket 'Ticket number (42 or #42)'
            cand --case 'Case id or unique prefix (4+ hex digits)'
            cand --note 'A note for the new session'
            cand --tag 'Tag the new session (repeat for several: --tag onsite --tag vpn)'
            cand --at 'Switch earlier than now (e.g. 10:30, -5m): the running timer stops and the new one starts then'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --force 'Allow a closed ticket or a closed or archived case'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;timer;status'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;timer;cancel'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;timer;continue'= {
            cand --note 'A note for the new session (default: the last session''s note)'
            cand --at 'Start earlier than now; never in the future or inside another session'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --force 'Allow a ticket or case that has been closed since'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;timer;manual'= {
            cand --ticket 'Ticket number (42 or #42)'
            cand --case 'Case id or unique prefix (4+ hex digits)'
            cand --from 'When the work started (e.g. 09:00, yesterday 14:00, 2024-05-01 08:30)'
            cand --to 'When the work ended; no later than now'
            cand --duration 'How long the work took (e.g. 90m, 1h30m, 1:30, 45 min); with neither --from nor --to, it ended now'
            cand --note 'A note on what you did'
            cand --tag 'Tag the session (repeat for several: --tag onsite --tag vpn)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --force 'Allow a session longer than timer.max_length, or a closed ticket or case'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;timer;edit'= {
            cand --note 'Replace the note (an empty string clears it)'
            cand --start 'Move the start (e.g. 09:15, -20m); never in the future or inside another session'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;timer;note'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;timer;help'= {
            cand start 'Start a timer on a ticket, a case or both; on a terminal, pick one when none is given'
            cand stop 'Stop your running timer and print how long it ran'
            cand switch 'Stop your running timer and start one on another target at the same instant; on a terminal, pick one when none is given'
            cand status 'Show your running timer; exit 3 when none runs (for shell prompts)'
            cand cancel 'Discard your running timer without recording it'
            cand continue 'Start a timer on what your last stopped session was on'
            cand manual 'Record a completed session in the past: two of --from, --to and --duration, or a duration that ended now'
            cand edit 'Change your running timer''s note or start'
            cand note 'Replace your running timer''s note (short for `timer edit --note`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;timer;help;start'= {
        }
        &'stint;timer;help;stop'= {
        }
        &'stint;timer;help;switch'= {
        }
        &'stint;timer;help;status'= {
        }
        &'stint;timer;help;cancel'= {
        }
        &'stint;timer;help;continue'= {
        }
        &'stint;timer;help;manual'= {
        }
        &'stint;timer;help;edit'= {
        }
        &'stint;timer;help;note'= {
        }
        &'stint;timer;help;help'= {
        }
        &'stint;session'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List work sessions, oldest first (yours unless --user or --all-users)'
            cand show 'Show one work session'
            cand edit 'Correct a work session''s times, target, note or tags (anyone''s as a supervisor or admin)'
            cand delete 'Delete a work session (anyone''s as a supervisor or admin); asks first on a terminal'
            cand report 'Total time per user, ticket, case, day, week or month, clipped to the range'
            cand summary 'Your day: sessions grouped by local day with what they were on, and totals (today''s unless a period or --from/--to is given)'
            cand import 'Import work sessions from stint''s CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;session;list'= {
            cand --from 'Only sessions that overlap the time from here on (e.g. 2024-05-01, yesterday 17:00, -2h)'
            cand --to 'Only sessions that overlap the time before this'
            cand --user 'Only this user''s sessions (`me` for yours; others need a supervisor, admin or viewer)'
            cand --ticket 'Only sessions on this ticket (42 or #42)'
            cand --case 'Only sessions on this case (id or unique prefix of 4+ hex digits)'
            cand --tag 'Only sessions with this tag'
            cand --limit 'Only the latest N sessions by start (still listed oldest first)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --today 'Only today''s sessions (local calendar day)'
            cand --yesterday 'Only yesterday''s sessions'
            cand --week 'Only this week''s sessions (weeks start on Monday)'
            cand --last-week 'Only last week''s sessions'
            cand --month 'Only this month''s sessions'
            cand --last-month 'Only last month''s sessions'
            cand --all-users 'Everyone''s sessions (supervisors, admins and viewers)'
            cand --running 'Only running timers'
            cand --clip 'Cut sessions to the range and split them at local midnights, as reports count them'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;session;show'= {
            cand --user 'Look for the id among this user''s sessions (`last` and @N count theirs)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;session;edit'= {
            cand --user 'Look for the id among this user''s sessions (`last` and @N count theirs)'
            cand --from 'New start'
            cand --to 'New end (a running timer is ended only by its owner, with `timer stop --at`)'
            cand --ticket 'Put the session on this ticket (42 or #42)'
            cand --case 'Put the session on this case (id or unique prefix)'
            cand --note 'New note (an empty string clears it)'
            cand --tag 'Put this tag on the session (repeatable)'
            cand --untag 'Take this tag off the session (repeatable)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --no-ticket 'Take the session off its ticket (it must keep a case)'
            cand --no-case 'Take the session off its case (it must keep a ticket)'
            cand --force 'Allow a session longer than timer.max_length, or a closed ticket or case'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;session;delete'= {
            cand --user 'Look for the id among this user''s sessions (`last` and @N count theirs)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand -y 'Delete without asking (required off a terminal)'
            cand --yes 'Delete without asking (required off a terminal)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;session;report'= {
            cand --from 'Only sessions that overlap the time from here on (e.g. 2024-05-01, yesterday 17:00, -2h)'
            cand --to 'Only sessions that overlap the time before this'
            cand --user 'Only this user''s sessions (`me` for yours; others need a supervisor, admin or viewer)'
            cand --ticket 'Only sessions on this ticket (42 or #42)'
            cand --case 'Only sessions on this case (id or unique prefix of 4+ hex digits)'
            cand --tag 'Only sessions with this tag'
            cand --by 'Group by this; repeat to nest (e.g. --by user --by day)'
            cand --round 'Round each row for display to this unit (e.g. 15m; halves round up); the table''s total is the sum of the rounded rows, and machine formats add rounded_seconds beside the raw seconds'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --today 'Only today''s sessions (local calendar day)'
            cand --yesterday 'Only yesterday''s sessions'
            cand --week 'Only this week''s sessions (weeks start on Monday)'
            cand --last-week 'Only last week''s sessions'
            cand --month 'Only this month''s sessions'
            cand --last-month 'Only last month''s sessions'
            cand --all-users 'Everyone''s sessions (supervisors, admins and viewers)'
            cand --running 'Only running timers'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;session;summary'= {
            cand --from 'Only sessions that overlap the time from here on (e.g. 2024-05-01, yesterday 17:00, -2h)'
            cand --to 'Only sessions that overlap the time before this'
            cand --user 'Only this user''s sessions (`me` for yours; others need a supervisor, admin or viewer)'
            cand --ticket 'Only sessions on this ticket (42 or #42)'
            cand --case 'Only sessions on this case (id or unique prefix of 4+ hex digits)'
            cand --tag 'Only sessions with this tag'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --today 'Only today''s sessions (local calendar day)'
            cand --yesterday 'Only yesterday''s sessions'
            cand --week 'Only this week''s sessions (weeks start on Monday)'
            cand --last-week 'Only last week''s sessions'
            cand --month 'Only this month''s sessions'
            cand --last-month 'Only last month''s sessions'
            cand --all-users 'Everyone''s sessions (supervisors, admins and viewers)'
            cand --running 'Only running timers'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;session;import'= {
            cand --input-format 'Input format (default: from the file''s extension)'
            cand --ticket 'Put records that name no target on this ticket (42 or #42)'
            cand --case 'Put records that name no target on this case (id or unique prefix)'
            cand --user 'Import as this user''s sessions (supervisors and admins migrating a team)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --map-tag 'Read each record''s target from its tags: ticket:N or case:ID (Timewarrior, Watson)'
            cand --dry-run 'Check everything and report what would be imported, without writing'
            cand --force 'Allow sessions longer than timer.max_length and closed tickets or cases'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;session;help'= {
            cand list 'List work sessions, oldest first (yours unless --user or --all-users)'
            cand show 'Show one work session'
            cand edit 'Correct a work session''s times, target, note or tags (anyone''s as a supervisor or admin)'
            cand delete 'Delete a work session (anyone''s as a supervisor or admin); asks first on a terminal'
            cand report 'Total time per user, ticket, case, day, week or month, clipped to the range'
            cand summary 'Your day: sessions grouped by local day with what they were on, and totals (today''s unless a period or --from/--to is given)'
            cand import 'Import work sessions from stint''s CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;session;help;list'= {
        }
        &'stint;session;help;show'= {
        }
        &'stint;session;help;edit'= {
        }
        &'stint;session;help;delete'= {
        }
        &'stint;session;help;report'= {
        }
        &'stint;session;help;summary'= {
        }
        &'stint;session;help;import'= {
        }
        &'stint;session;help;help'= {
        }
        &'stint;config'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every setting with its value and default'
            cand get 'Show one setting'
            cand set 'Change a setting (admins); durations like 12h or 30d'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;config;list'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;config;get'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;config;set'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;config;help'= {
            cand list 'List every setting with its value and default'
            cand get 'Show one setting'
            cand set 'Change a setting (admins); durations like 12h or 30d'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;config;help;list'= {
        }
        &'stint;config;help;get'= {
        }
        &'stint;config;help;set'= {
        }
        &'stint;config;help;help'= {
        }
        &'stint;audit'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit events, oldest first (supervisors and admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;audit;list'= {
            cand --since 'Only events at or after this time (e.g. yesterday, -2h, 2024-05-01)'
            cand --actor 'Only events by this user'
            cand --object 'Only events on this object: a type (user, ticket, setting) or TYPE:ID'
            cand --action 'Only this action, or a family of them (e.g. user, user.add)'
            cand --limit 'Only the latest N events, still oldest first (a table without a filter shows the latest 50)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;audit;help'= {
            cand list 'List audit events, oldest first (supervisors and admins)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;audit;help;list'= {
        }
        &'stint;audit;help;help'= {
        }
        &'stint;completions'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;serve'= {
            cand --listen 'Address to listen on (port 0 picks a free port)'
            cand --tls-cert 'The server''s certificate chain (PEM), issued by a CA its clients trust; SIGHUP reads it and the key again'
            cand --tls-key 'The certificate''s private key (PEM: PKCS#8, EC or RSA)'
            cand --trusted-proxy 'A proxy whose X-Forwarded-For header names the client (repeatable)'
            cand --pool-size 'How many database connections the server keeps open'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --behind-proxy 'Serve plain HTTP on a loopback address for a TLS-terminating proxy in front'
            cand --test-clock 'Honour the test clock clients send (test builds only)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;db'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand backup 'Write a consistent copy of a SQLite database to FILE while others keep using it'
            cand check 'Check a database''s integrity and stint''s invariants (read-only); exit 8 if any is broken'
            cand copy 'Copy the whole database into a new SQLite file or an empty PostgreSQL database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;db;backup'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --force 'Replace FILE if it exists'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;db;check'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;db;copy'= {
            cand --to 'Where the copy goes: a new SQLite file, or a postgres:// URL of an empty database (read from STINT_COPY_TO when not given, which keeps a password off the command line)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;db;help'= {
            cand backup 'Write a consistent copy of a SQLite database to FILE while others keep using it'
            cand check 'Check a database''s integrity and stint''s invariants (read-only); exit 8 if any is broken'
            cand copy 'Copy the whole database into a new SQLite file or an empty PostgreSQL database'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;db;help;backup'= {
        }
        &'stint;db;help;check'= {
        }
        &'stint;db;help;copy'= {
        }
        &'stint;db;help;help'= {
        }
        &'stint;org'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an organisation and its first admin (in one transaction)'
            cand list 'List the organisations with what each holds'
            cand show 'Show one organisation, its limits and usage'
            cand rename 'Rename an organisation (its users log in with the new name)'
            cand suspend 'Suspend an organisation: its users can neither log in nor act'
            cand activate 'Let a suspended organisation''s users log in and act again'
            cand limit 'Set an organisation''s limits'
            cand delete 'Delete an organisation and everything in it; asks first on a terminal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;org;create'= {
            cand --admin 'Username of its first admin'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --password-stdin 'Read the admin''s password from the first line of stdin instead of prompting'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;org;list'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;org;show'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;org;rename'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;org;suspend'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;org;activate'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;org;limit'= {
            cand --max-users 'The most users the organisation may hold (adding one more is refused)'
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand --no-max-users 'Remove the limit on users'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;org;delete'= {
            cand --db 'Database file, or a postgres:// URL for operators (default: `db` in config.toml, else stint.db in the platform data directory)'
            cand --server 'A stint server to work through (https://HOST:PORT), instead of a database; remembered by `auth login --server`'
            cand --ca-file 'A private CA''s certificate (PEM) to check the server''s certificate against; remembered by `auth login --server`'
            cand --format 'Output format for records (config.toml''s `format` replaces the default)'
            cand -y 'Delete without asking (required off a terminal)'
            cand --yes 'Delete without asking (required off a terminal)'
            cand --utc 'Show and read local times in UTC instead of the local zone (TZ); `utc = true` in config.toml makes it the default'
            cand -q 'Print only ids of what a command creates, and no notices'
            cand --quiet 'Print only ids of what a command creates, and no notices'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'stint;org;help'= {
            cand create 'Create an organisation and its first admin (in one transaction)'
            cand list 'List the organisations with what each holds'
            cand show 'Show one organisation, its limits and usage'
            cand rename 'Rename an organisation (its users log in with the new name)'
            cand suspend 'Suspend an organisation: its users can neither log in nor act'
            cand activate 'Let a suspended organisation''s users log in and act again'
            cand limit 'Set an organisation''s limits'
            cand delete 'Delete an organisation and everything in it; asks first on a terminal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;org;help;create'= {
        }
        &'stint;org;help;list'= {
        }
        &'stint;org;help;show'= {
        }
        &'stint;org;help;rename'= {
        }
        &'stint;org;help;suspend'= {
        }
        &'stint;org;help;activate'= {
        }
        &'stint;org;help;limit'= {
        }
        &'stint;org;help;delete'= {
        }
        &'stint;org;help;help'= {
        }
        &'stint;help'= {
            cand init 'Create a database and its first admin, and log that admin in here'
            cand demo 'Build a sample service desk in a new database (a temporary file unless --db) and tour it'
            cand user 'Manage users: add, list, edit, suspend, remove; change passwords'
            cand auth 'Log in and out, and manage login sessions'
            cand ticket 'Track work requests: create, list, assign and close numbered tickets'
            cand case 'Investigate problems in cases that keep a conversation of notes'
            cand timer 'Track time: start, stop and switch timers; record past work'
            cand session 'List, report, import, show, correct and delete work sessions'
            cand config 'Read and change team-wide settings'
            cand audit 'Read the audit log of every change'
            cand completions 'Print a shell completion script'
            cand serve 'Serve the database to stint clients over HTTPS (team mode)'
            cand db 'Operate on the database itself (direct access): back it up'
            cand org 'Manage organisations (operators, with direct database access)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'stint;help;init'= {
        }
        &'stint;help;demo'= {
        }
        &'stint;help;user'= {
            cand add 'Add a user (admins); the password comes from --password-stdin or a prompt'
            cand list 'List users (everyone for admins and supervisors, yourself otherwise)'
            cand show 'Show a user, or yourself with `me`'
            cand edit 'Change a user''s role, display name or email (admins)'
            cand passwd 'Change your password (asks for the current one first), or anyone''s as an admin; the user''s other login sessions end'
            cand suspend 'Suspend a user: no login, all login sessions revoked, a running timer stopped (admins)'
            cand activate 'Re-activate a suspended or deactivated user (admins)'
            cand deactivate 'Deactivate a user who left, keeping their history; a running timer stops (admins)'
            cand remove 'Remove a user who owns no data (admins); otherwise use deactivate. Asks first on a terminal'
        }
        &'stint;help;user;add'= {
        }
        &'stint;help;user;list'= {
        }
        &'stint;help;user;show'= {
        }
        &'stint;help;user;edit'= {
        }
        &'stint;help;user;passwd'= {
        }
        &'stint;help;user;suspend'= {
        }
        &'stint;help;user;activate'= {
        }
        &'stint;help;user;deactivate'= {
        }
        &'stint;help;user;remove'= {
        }
        &'stint;help;auth'= {
            cand login 'Log in on this client, or resume this client''s session (its token is rotated)'
            cand logout 'End this client''s login session in the database, or every client''s with --all'
            cand status 'Show who is logged in here; exit 4 when nobody is'
            cand sessions 'List your login sessions with their state, or everyone''s (admins)'
            cand revoke 'Revoke a login session by id prefix, or every session of a user'
            cand prune 'Delete revoked, expired and idle login sessions (admins)'
        }
        &'stint;help;auth;login'= {
        }
        &'stint;help;auth;logout'= {
        }
        &'stint;help;auth;status'= {
        }
        &'stint;help;auth;sessions'= {
        }
        &'stint;help;auth;revoke'= {
        }
        &'stint;help;auth;prune'= {
        }
        &'stint;help;ticket'= {
            cand create 'Create a ticket and print it (only its number with -q)'
            cand list 'List tickets, newest first'
            cand show 'Show a ticket with the total time spent on it; a table also lists its latest 10 work sessions (everyone''s, or only yours for technicians)'
            cand edit 'Change a ticket''s title, description, status, priority or requester'
            cand assign 'Assign a ticket to a user (`me` for yourself), or take it off everyone with --unassign'
            cand close 'Close a ticket'
            cand reopen 'Reopen a resolved or closed ticket'
        }
        &'stint;help;ticket;create'= {
        }
        &'stint;help;ticket;list'= {
        }
        &'stint;help;ticket;show'= {
        }
        &'stint;help;ticket;edit'= {
        }
        &'stint;help;ticket;assign'= {
        }
        &'stint;help;ticket;close'= {
        }
        &'stint;help;ticket;reopen'= {
        }
        &'stint;help;case'= {
            cand open 'Open a case that you own, optionally linked to a ticket'
            cand list 'List your cases, newest first (anyone''s with --owner or --all-users, for supervisors and admins)'
            cand show 'Show a case with its description; a table also lists its latest 10 work sessions'
            cand note 'Add a note to a case''s conversation'
            cand log 'Print a case''s conversation, oldest note first'
            cand edit 'Change a case''s title, description, status, priority or linked ticket'
            cand close 'Close a case'
            cand archive 'Archive a case; it takes no more notes until its status changes'
        }
        &'stint;help;case;open'= {
        }
        &'stint;help;case;list'= {
        }
        &'stint;help;case;show'= {
        }
        &'stint;help;case;note'= {
        }
        &'stint;help;case;log'= {
        }
        &'stint;help;case;edit'= {
        }
        &'stint;help;case;close'= {
        }
        &'stint;help;case;archive'= {
        }
        &'stint;help;timer'= {
            cand start 'Start a timer on a ticket, a case or both; on a terminal, pick one when none is given'
            cand stop 'Stop your running timer and print how long it ran'
            cand switch 'Stop your running timer and start one on another target at the same instant; on a terminal, pick one when none is given'
            cand status 'Show your running timer; exit 3 when none runs (for shell prompts)'
            cand cancel 'Discard your running timer without recording it'
            cand continue 'Start a timer on what your last stopped session was on'
            cand manual 'Record a completed session in the past: two of --from, --to and --duration, or a duration that ended now'
            cand edit 'Change your running timer''s note or start'
            cand note 'Replace your running timer''s note (short for `timer edit --note`)'
        }
        &'stint;help;timer;start'= {
        }
        &'stint;help;timer;stop'= {
        }
        &'stint;help;timer;switch'= {
        }
        &'stint;help;timer;status'= {
        }
        &'stint;help;timer;cancel'= {
        }
        &'stint;help;timer;continue'= {
        }
        &'stint;help;timer;manual'= {
        }
        &'stint;help;timer;edit'= {
        }
        &'stint;help;timer;note'= {
        }
        &'stint;help;session'= {
            cand list 'List work sessions, oldest first (yours unless --user or --all-users)'
            cand show 'Show one work session'
            cand edit 'Correct a work session''s times, target, note or tags (anyone''s as a supervisor or admin)'
            cand delete 'Delete a work session (anyone''s as a supervisor or admin); asks first on a terminal'
            cand report 'Total time per user, ticket, case, day, week or month, clipped to the range'
            cand summary 'Your day: sessions grouped by local day with what they were on, and totals (today''s unless a period or --from/--to is given)'
            cand import 'Import work sessions from stint''s CSV/JSON/NDJSON, Timewarrior or Watson (all or nothing)'
        }
        &'stint;help;session;list'= {
        }
        &'stint;help;session;show'= {
        }
        &'stint;help;session;edit'= {
        }
        &'stint;help;session;delete'= {
        }
        &'stint;help;session;report'= {
        }
        &'stint;help;session;summary'= {
        }
        &'stint;help;session;import'= {
        }
        &'stint;help;config'= {
            cand list 'List every setting with its value and default'
            cand get 'Show one setting'
            cand set 'Change a setting (admins); durations like 12h or 30d'
        }
        &'stint;help;config;list'= {
        }
        &'stint;help;config;get'= {
        }
        &'stint;help;config;set'= {
        }
        &'stint;help;audit'= {
            cand list 'List audit events, oldest first (supervisors and admins)'
        }
        &'stint;help;audit;list'= {
        }
        &'stint;help;completions'= {
        }
        &'stint;help;serve'= {
        }
        &'stint;help;db'= {
            cand backup 'Write a consistent copy of a SQLite database to FILE while others keep using it'
            cand check 'Check a database''s integrity and stint''s invariants (read-only); exit 8 if any is broken'
            cand copy 'Copy the whole database into a new SQLite file or an empty PostgreSQL database'
        }
        &'stint;help;db;backup'= {
        }
        &'stint;help;db;check'= {
        }
        &'stint;help;db;copy'= {
        }
        &'stint;help;org'= {
            cand create 'Create an organisation and its first admin (in one transaction)'
            cand list 'List the organisations with what each holds'
            cand show 'Show one organisation, its limits and usage'
            cand rename 'Rename an organisation (its users log in with the new name)'
            cand suspend 'Suspend an organisation: its users can neither log in nor act'
            cand activate 'Let a suspended organisation''s users log in and act again'
            cand limit 'Set an organisation''s limits'
            cand delete 'Delete an organisation and everything in it; asks first on a terminal'
        }
        &'stint;help;org;create'= {
        }
        &'stint;help;org;list'= {
        }
        &'stint;help;org;show'= {
        }
        &'stint;help;org;rename'= {
        }
        &'stint;help;org;suspend'= {
        }
        &'stint;help;org;activate'= {
        }
        &'stint;help;org;limit'= {
        }
        &'stint;help;org;delete'= {
        }
        &'stint;help;help'= {
        }
    ]
    $completions[$command]
}
