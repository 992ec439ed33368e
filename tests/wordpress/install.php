<?php
/**
 * Installs this test run's WordPress the way the installer does (wp_install() through wp-load.php, since
 * Debian has no WP-CLI), activates the plugin (already unzipped into wp-content/plugins) and the Twenty
 * Twenty-Three theme, and adds an Author.
 *
 *   php tests/wordpress/install.php <admin password> <author password>
 *
 * @package EndorsementNavigator
 */

define( 'WP_INSTALLING', true );
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( $argc < 3 ) {
	fwrite( STDERR, "usage: install.php <admin password> <author password>\n" );
	exit( 1 );
}

// No e-mail about the new site: this machine sends none.
add_filter( 'pre_wp_mail', '__return_false' );

$installed = wp_install( 'Lakeshore AIMH', 'admin', 'admin@example.org', false, '', wp_slash( $argv[1] ), 'en_US' );
if ( empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "install.php: wp_install() failed\n" );
	exit( 1 );
}
switch_theme( 'twentytwentythree' );

$activated = activate_plugin( 'endorsement-navigator/endorsement-navigator.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'install.php: the plugin could not be activated: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

$author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => $argv[2],
		'user_email' => 'author@example.org',
		'role'       => 'author',
	)
);
if ( is_wp_error( $author ) ) {
	fwrite( STDERR, 'install.php: no Author: ' . $author->get_error_message() . "\n" );
	exit( 1 );
}

printf(
	"install.php: WordPress %s, theme %s, plugin active: %s, Author id %d\n",
	get_bloginfo( 'version' ),
	get_stylesheet(),
	is_plugin_active( 'endorsement-navigator/endorsement-navigator.php' ) ? 'yes' : 'no',
	$author
);
