<?php
/**
 * Loads this test run's WordPress at global scope, for tests/wordpress/install.php and for PHPUnit
 * (`php -d auto_prepend_file=tests/wordpress/bootstrap.php /usr/bin/phpunit`). run.sh sets
 * ENNAV_WP_CONFIG (the name Debian's wp-config.php looks up as /etc/wordpress/config-<name>.php) and
 * ENNAV_WP_SITE (the site's address).
 *
 * @package EndorsementNavigator
 */

$endorsement_navigator_config = getenv( 'ENNAV_WP_CONFIG' );
$endorsement_navigator_site   = getenv( 'ENNAV_WP_SITE' );
if ( ! $endorsement_navigator_config || ! $endorsement_navigator_site ) {
	fwrite( STDERR, "bootstrap.php: ENNAV_WP_CONFIG and ENNAV_WP_SITE are not set; run tests/wordpress/run.sh\n" );
	exit( 1 );
}
// What Debian's wp-config.php and WordPress read from a web request.
$_SERVER['WORDPRESS_CONFIG'] = $endorsement_navigator_config;
$_SERVER['HTTP_HOST']        = parse_url( $endorsement_navigator_site, PHP_URL_HOST ) . ':' . parse_url( $endorsement_navigator_site, PHP_URL_PORT );
$_SERVER['SERVER_NAME']      = parse_url( $endorsement_navigator_site, PHP_URL_HOST );
$_SERVER['SERVER_PORT']      = (string) parse_url( $endorsement_navigator_site, PHP_URL_PORT );
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$_SERVER['SERVER_PROTOCOL']  = 'HTTP/1.1';

require '/usr/share/wordpress/wp-load.php';
