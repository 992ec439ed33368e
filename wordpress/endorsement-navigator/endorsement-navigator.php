<?php
/**
 * Plugin Name:       Endorsement Navigator
 * Plugin URI:        https://example.org/endorsement-navigator/
 * Description:       The Endorsement Navigator (category finder, requirements checker, renewal-hours calculator for IMH-E and ECMH-E) as a shortcode, a block and a settings page; the widget's files are served from this plugin's folder.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Endorsement Navigator contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       endorsement-navigator
 * Domain Path:       /languages
 *
 * @package EndorsementNavigator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ENDORSEMENT_NAVIGATOR_VERSION', '0.1.0' );
define( 'ENDORSEMENT_NAVIGATOR_FILE', __FILE__ );
define( 'ENDORSEMENT_NAVIGATOR_DIR', __DIR__ );
define( 'ENDORSEMENT_NAVIGATOR_OPTION', 'endorsement_navigator_settings' );

require_once __DIR__ . '/includes/sanitize.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';

/**
 * Loads the plugin's translations and registers the script, the shortcode and the block.
 */
function endorsement_navigator_init() {
	load_plugin_textdomain( 'endorsement-navigator', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );

	// A classic script (WordPress 6.1 has no script modules), printed in the footer and only on pages
	// that show the widget: the shortcode, the block and pasted elements enqueue it when they render.
	wp_register_script(
		'endorsement-navigator',
		plugins_url( 'widget/embed.js', __FILE__ ),
		array(),
		ENDORSEMENT_NAVIGATOR_VERSION,
		true
	);

	add_shortcode( 'endorsement_navigator', 'endorsement_navigator_shortcode' );
	register_block_type( __DIR__ . '/block' );
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'endorsement-navigator-navigator-editor-script', 'endorsement-navigator', __DIR__ . '/languages' );
	}
}
add_action( 'init', 'endorsement_navigator_init' );

// The widget never delays the page: embed.js is added once the page has painted, as the default snippet
// does (or deferred, where the inline loader is turned off).
add_filter( 'script_loader_tag', 'endorsement_navigator_script_tag', 10, 3 );

// A bare <endorsement-navigator> element pasted into a Custom HTML block (or a classic post, or a text
// widget) gets the script too, and survives wp_kses for users without unfiltered_html.
add_filter( 'render_block', 'endorsement_navigator_enqueue_for_pasted_element', 10, 1 );
add_filter( 'the_content', 'endorsement_navigator_enqueue_for_pasted_element', 20, 1 );
add_filter( 'widget_text', 'endorsement_navigator_enqueue_for_pasted_element', 20, 1 );
add_filter( 'widget_block_content', 'endorsement_navigator_enqueue_for_pasted_element', 20, 1 );
add_filter( 'wp_kses_allowed_html', 'endorsement_navigator_kses_allowed_html', 10, 2 );
add_filter( 'wp_kses_uri_attributes', 'endorsement_navigator_kses_uri_attributes' );

if ( is_admin() ) {
	add_action( 'admin_menu', 'endorsement_navigator_admin_menu' );
	add_action( 'admin_init', 'endorsement_navigator_register_settings' );
	add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'endorsement_navigator_action_links' );
}
