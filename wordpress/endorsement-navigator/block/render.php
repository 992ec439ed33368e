<?php
/**
 * Server-side rendering of the block endorsement-navigator/navigator (block.json "render").
 *
 * WordPress includes this file with $attributes (the block's attributes), $content and $block set.
 *
 * @package EndorsementNavigator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$endorsement_navigator_instance = endorsement_navigator_block_instance( isset( $attributes ) && is_array( $attributes ) ? $attributes : array() );
$endorsement_navigator_wrapper  = get_block_wrapper_attributes();
// The wrapper's attributes are escaped by get_block_wrapper_attributes(); the element by the renderer.
echo '<div ' . $endorsement_navigator_wrapper . '>' . endorsement_navigator_render( $endorsement_navigator_instance ) . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
