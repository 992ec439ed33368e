#!/usr/bin/env bash
# The real WordPress tier (`make test-wordpress`): the plugin zip on Debian's own WordPress.
#
#   tests/wordpress/run.sh [path/to/endorsement-navigator-wordpress.zip]
#
# 1. installs what is missing with apt (wordpress, its Twenty Twenty-Three theme, php, php-mysql,
#    mariadb-server, apache2 with mod_php, phpunit), with a policy-rc.d that keeps apt from starting the
#    system's own services;
# 2. starts its own MariaDB (datadir and socket in a temporary folder, 127.0.0.1, a free port) and its own
#    Apache (its own config, 127.0.0.1, a free port, mod_php) serving Debian's /usr/share/wordpress, whose
#    wp-config.php reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php: this run adds one such file under a
#    name of its own (ennav-test-<random>), pointing at a config in the temporary folder, and removes it;
#    wp-content is in the temporary folder too. WordPress's outgoing HTTP is blocked;
# 3. installs WordPress with wp_install() through wp-load.php, unzips the plugin into wp-content/plugins
#    and activates it, adds an Author (tests/wordpress/install.php);
# 4. runs PHPUnit on the plugin's PHP functions (WordPress loaded at global scope through
#    auto_prepend_file), then the browser tests (tests/wordpress/wordpress.test.mjs, Playwright);
# 5. stops everything it started and removes the temporary folder (KEEP=1 keeps it, for a look at the
#    logs, and leaves the servers running only until the script exits).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
zip=${1:-$root/dist/endorsement-navigator-wordpress.zip}
[ -f "$zip" ] || { echo "test-wordpress: $zip missing; run \`make dist\` first" >&2; exit 1; }
say() { echo "test-wordpress: $*"; }
start_time=$(date +%s)

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# ------------------------------------------------------------------------------------------------ packages
packages=(wordpress wordpress-theme-twentytwentythree php php-mysql php-xml php-mbstring mariadb-server
          apache2 libapache2-mod-php phpunit unzip curl)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  # Keep apt from starting (or enabling) the system's Apache and MariaDB: this tier runs its own.
  policy=/usr/sbin/policy-rc.d
  own_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    own_policy=1
  fi
  export DEBIAN_FRONTEND=noninteractive
  status=0
  { $sudo apt-get update </dev/null && $sudo apt-get install -y --no-install-recommends "${missing[@]}" </dev/null; } || status=$?
  [ "$own_policy" = 1 ] && $sudo rm -f "$policy"
  [ "$status" = 0 ] || { echo "test-wordpress: apt-get failed" >&2; exit "$status"; }
fi

# ------------------------------------------------------------------------------------------------ set-up
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}
tmp=$(mktemp -d /tmp/ennav-wordpress.XXXXXX)
chmod 755 "$tmp"
name="ennav-test-$(basename "$tmp" | cut -d. -f2 | tr 'A-Z' 'a-z')"
debian_config="/etc/wordpress/config-$name.php"
db_port=$(free_port)
web_port=$(free_port)
site="http://127.0.0.1:$web_port"
db_pid=""
web_pid=""

cleanup() {
  status=$?
  set +e
  trap - INT TERM
  if [ -n "$web_pid" ] && kill -0 "$web_pid" 2>/dev/null; then
    kill -TERM "$web_pid"
    for _ in $(seq 50); do kill -0 "$web_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  if [ -n "$db_pid" ] && kill -0 "$db_pid" 2>/dev/null; then
    kill -TERM "$db_pid"
    for _ in $(seq 100); do kill -0 "$db_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  $sudo rm -f "$debian_config"
  if [ "$status" != 0 ]; then
    for log in "$tmp/apache/error.log" "$tmp/wp-content/debug.log" "$tmp/mariadb.err"; do
      [ -s "$log" ] && { echo "---- $log (last lines)"; tail -n 30 "$log"; }
    done
  fi
  if [ "${KEEP:-0}" = 1 ]; then say "kept $tmp"; else rm -rf "$tmp"; fi
  say "done in $(( $(date +%s) - start_time ))s (status $status)"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Apache drops root privileges to www-data; MariaDB runs as whoever runs this (as root: --user=root).
web_user=$(id -un)
[ "$(id -u)" -eq 0 ] && web_user=www-data

# ------------------------------------------------------------------------------------------------ MariaDB
say "MariaDB on 127.0.0.1:$db_port (datadir $tmp/db)"
mariadb-install-db --no-defaults --datadir="$tmp/db" --user="$(id -un)" --auth-root-authentication-method=normal \
  --skip-test-db >"$tmp/mariadb-install.log" 2>&1 || { cat "$tmp/mariadb-install.log" >&2; exit 1; }
setsid mariadbd --no-defaults --datadir="$tmp/db" --socket="$tmp/mysql.sock" --pid-file="$tmp/mariadb.pid" \
  --port="$db_port" --bind-address=127.0.0.1 --log-error="$tmp/mariadb.err" --user="$(id -un)" \
  --skip-name-resolve --log-warnings=1 --innodb-buffer-pool-size=32M --innodb-log-file-size=16M --performance-schema=OFF &
db_pid=$!
for _ in $(seq 150); do
  mariadb-admin --no-defaults --socket="$tmp/mysql.sock" -uroot ping >/dev/null 2>&1 && break
  kill -0 "$db_pid" 2>/dev/null || { echo "test-wordpress: mariadbd exited" >&2; exit 1; }
  sleep 0.2
done
db_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mariadb --no-defaults --socket="$tmp/mysql.sock" -uroot <<SQL
CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY '$db_password';
GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';
SQL

# ------------------------------------------------------------------------------------------------ WordPress config
mkdir -p "$tmp/wp-content/plugins" "$tmp/wp-content/themes" "$tmp/wp-content/uploads" "$tmp/apache"
ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$tmp/wp-content/themes/twentytwentythree"
salt() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; }
cat >"$tmp/wp-config.php" <<PHP
<?php
// This test run's WordPress configuration, read through $debian_config.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '$db_password' );
define( 'DB_HOST', '127.0.0.1:$db_port' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', '$site' );
define( 'WP_SITEURL', '$site' );
define( 'WP_CONTENT_DIR', '$tmp/wp-content' );
define( 'WP_CONTENT_URL', '$site/wp-content' );
// Nothing leaves the machine: no update checks, no cron requests, no outgoing HTTP at all.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$tmp/wp-content/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'FS_METHOD', 'direct' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
\$table_prefix = 'wp_';
PHP
printf "<?php\n// Added by the Endorsement Navigator's WordPress test run; removed when it ends.\nrequire '%s/wp-config.php';\n" "$tmp" \
  | $sudo tee "$debian_config" >/dev/null
$sudo chmod 644 "$debian_config"

# ------------------------------------------------------------------------------------------------ Apache
modules=/usr/lib/apache2/modules
cat >"$tmp/apache/httpd.conf" <<CONF
ServerRoot "$tmp/apache"
ServerName 127.0.0.1
Listen 127.0.0.1:$web_port
PidFile "$tmp/apache/httpd.pid"
DefaultRuntimeDir "$tmp/apache"
Mutex file:$tmp/apache default
LoadModule mpm_prefork_module $modules/mod_mpm_prefork.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule dir_module $modules/mod_dir.so
LoadModule mime_module $modules/mod_mime.so
LoadModule alias_module $modules/mod_alias.so
LoadModule env_module $modules/mod_env.so
LoadModule php_module $modules/libphp8.2.so
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 16
KeepAliveTimeout 2
User $web_user
Group $(id -gn "$web_user")
ErrorLog "$tmp/apache/error.log"
LogFormat "%h \"%r\" %>s %b \"%{Content-Type}o\"" short
CustomLog "$tmp/apache/access.log" short
TypesConfig /etc/mime.types
DirectoryIndex index.php index.html
DocumentRoot /usr/share/wordpress
SetEnv WORDPRESS_CONFIG $name
Alias /wp-content "$tmp/wp-content"
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Require all granted
</Directory>
<Directory "$tmp/wp-content">
  Require all granted
</Directory>
<FilesMatch "\.php\$">
  SetHandler application/x-httpd-php
</FilesMatch>
CONF
# WordPress writes only its debug log (and nothing else) under wp-content.
touch "$tmp/wp-content/debug.log"
[ "$web_user" = www-data ] && chown www-data "$tmp/wp-content/debug.log"
say "Apache on $site (config $tmp/apache/httpd.conf, WordPress config $debian_config)"
# In a session of its own: on stopping, Apache signals its whole process group, which must not be ours.
setsid apache2 -f "$tmp/apache/httpd.conf" -DFOREGROUND &
web_pid=$!
for _ in $(seq 100); do
  curl -fsS -o /dev/null "$site/wp-includes/images/blank.gif" 2>/dev/null && break
  kill -0 "$web_pid" 2>/dev/null || { echo "test-wordpress: apache2 exited" >&2; cat "$tmp/apache/error.log" >&2; exit 1; }
  sleep 0.1
done

# ------------------------------------------------------------------------------------------------ install
export ENNAV_WP_CONFIG="$name" ENNAV_WP_SITE="$site"
admin_password=$(salt | head -c 20)
author_password=$(salt | head -c 20)
unzip -q "$zip" -d "$tmp/wp-content/plugins"
php "$here/install.php" "$admin_password" "$author_password"

# ------------------------------------------------------------------------------------------------ tests
say "PHPUnit (the plugin's PHP functions)"
php -d auto_prepend_file="$here/bootstrap.php" /usr/bin/phpunit --configuration "$here/phpunit.xml"

say "browser tests (Playwright, Chromium)"
ENNAV_WP_ADMIN_PASSWORD="$admin_password" ENNAV_WP_AUTHOR_PASSWORD="$author_password" \
ENNAV_WP_ACCESS_LOG="$tmp/apache/access.log" E2E_BASE_URL="$site" \
  node --test --test-reporter=spec --test-timeout=300000 "$here/wordpress.test.mjs"

# Any PHP notice, warning or error that names the plugin fails the tier.
if grep -i 'endorsement-navigator' "$tmp/wp-content/debug.log" "$tmp/apache/error.log"; then
  echo "test-wordpress: PHP reported problems in the plugin (above)" >&2
  exit 1
fi
