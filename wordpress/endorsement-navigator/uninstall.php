<?php
/**
 * Removes the plugin's settings when the plugin is deleted (Plugins > Delete), on every site of a network.
 *
 * @package EndorsementNavigator
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	$endorsement_navigator_sites = get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	);
	foreach ( $endorsement_navigator_sites as $endorsement_navigator_site ) {
		switch_to_blog( $endorsement_navigator_site );
		delete_option( 'endorsement_navigator_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'endorsement_navigator_settings' );
}
