<?php
/**
 * The element each instance prints (shortcode and block), and the filters that let a pasted element work.
 *
 * @package EndorsementNavigator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The element's attributes with their sanitizers, in the contract's order. Keys are the element's
 * attribute names; the shortcode also accepts them with underscores (`apply_url`).
 *
 * @return array<string,callable>
 */
function endorsement_navigator_attribute_sanitizers() {
	return array(
		'association'   => 'endorsement_navigator_sanitize_text',
		'apply-url'     => 'endorsement_navigator_sanitize_web_url',
		'contact-email' => 'endorsement_navigator_sanitize_email',
		'credentials'   => 'endorsement_navigator_sanitize_credentials',
		'tools'         => 'endorsement_navigator_sanitize_tools',
		'lang'          => 'endorsement_navigator_sanitize_lang',
		'today'         => 'endorsement_navigator_sanitize_date',
		'storage'       => 'endorsement_navigator_sanitize_storage',
		'profile'       => 'endorsement_navigator_sanitize_profile_url',
	);
}

/**
 * The site-wide defaults as element attributes (the settings that are attributes of the element).
 *
 * @param array $settings Clean settings.
 * @return array<string,string>
 */
function endorsement_navigator_default_attributes( array $settings ) {
	return array(
		'association'   => $settings['association'],
		'apply-url'     => $settings['apply_url'],
		'contact-email' => $settings['contact_email'],
		'credentials'   => $settings['credentials'],
		'tools'         => $settings['tools'],
		'lang'          => $settings['lang'],
	);
}

/**
 * The attributes one instance prints: each of the instance's attributes, cleaned, wins over the site's
 * default, as the element's attributes win over a profile; a value that is empty or invalid after
 * cleaning counts as not given (the default stays). Empty results are left out.
 *
 * @param array $instance Attributes given to this instance (names with hyphens or underscores).
 * @param array $defaults Default attributes (endorsement_navigator_default_attributes).
 * @return array<string,string> In the contract's order.
 */
function endorsement_navigator_merge_attributes( array $instance, array $defaults ) {
	$merged = array();
	foreach ( endorsement_navigator_attribute_sanitizers() as $name => $sanitize ) {
		$underscored = str_replace( '-', '_', $name );
		$given       = '';
		if ( isset( $instance[ $name ] ) ) {
			$given = call_user_func( $sanitize, $instance[ $name ] );
		} elseif ( isset( $instance[ $underscored ] ) ) {
			$given = call_user_func( $sanitize, $instance[ $underscored ] );
		}
		$value = '' !== $given ? $given : ( isset( $defaults[ $name ] ) ? call_user_func( $sanitize, $defaults[ $name ] ) : '' );
		if ( '' !== $value ) {
			$merged[ $name ] = $value;
		}
	}
	return $merged;
}

/**
 * The association profile (CONTRACT §1) for the settings that have no attribute of their own: the
 * contact's name, membership, fees, steps, links and rules. Null when there is none of them.
 *
 * @param array $settings Clean settings.
 * @return array|null
 */
function endorsement_navigator_profile( array $settings ) {
	$profile = array();
	if ( '' !== $settings['contact_name'] ) {
		$profile['contact'] = array( 'name' => $settings['contact_name'] );
		if ( '' !== $settings['contact_email'] ) {
			$profile['contact']['email'] = $settings['contact_email'];
		}
	}
	$membership = array_filter(
		array(
			'url' => $settings['membership_url'],
			'fee' => $settings['membership_fee'],
		)
	);
	if ( $membership ) {
		$profile['membership'] = $membership;
	}
	$fees = $settings['fees'];
	if ( '' !== $settings['fees_url'] ) {
		$fees = array( 'url' => $settings['fees_url'] ) + $fees;
	}
	if ( $fees ) {
		$profile['fees'] = $fees;
	}
	if ( $settings['steps'] ) {
		$profile['steps'] = $settings['steps'];
	}
	if ( $settings['links'] ) {
		$profile['links'] = $settings['links'];
	}
	$rules = endorsement_navigator_profile_rules( $settings['rules'] );
	if ( $rules ) {
		$profile['rules'] = $rules;
	}
	return $profile ? array( 'profile' => 1 ) + $profile : null;
}

/**
 * The profile's `rules` (CONTRACT §2 `association`): only the rules the association set; for the others
 * the widget applies the standard rule.
 *
 * @param array $rules Clean rules (endorsement_navigator_clean_rules).
 * @return array Empty when every rule is the standard one.
 */
function endorsement_navigator_profile_rules( array $rules ) {
	$profile = array();
	if ( $rules['ers_add_on_for'] ) {
		$profile['ers_add_on_for'] = $rules['ers_add_on_for'];
	}
	foreach ( array( 'renewal_deadline', 'window_opens' ) as $day ) {
		if ( '' !== $rules[ $day ] ) {
			$profile[ $day ] = $rules[ $day ];
		}
	}
	if ( $rules['rsc_provision_hours'] > 0 ) {
		$profile['renewal_sub_requirements'] = array(
			array(
				'kind'  => 'rsc_provision',
				'hours' => $rules['rsc_provision_hours'],
				'of'    => 'training',
				'who'   => 'rsc_providers',
			),
		);
	}
	return $profile;
}

/**
 * The inline style of the default snippet (CONTRACT §1, "The default snippet"): it reserves the height of
 * the widget's first screen at first paint, following the page's width, until embed.js draws its
 * placeholder (which sets --en-reserve to 0px). The style depends on the first tool and the language; the
 * values are measured by the project's build and written into includes/reserve.php by `make dist`.
 *
 * @param array $attributes The instance's merged attributes.
 * @return string The style, or '' where the plugin has no reserve.php (a source folder, not a release).
 */
function endorsement_navigator_reserve_style( array $attributes ) {
	static $reserve = null;
	if ( null === $reserve ) {
		$file    = __DIR__ . '/reserve.php';
		$reserve = is_readable( $file ) ? require $file : array();
		$reserve = is_array( $reserve ) ? $reserve : array();
	}
	if ( ! isset( $reserve['category']['en'] ) ) {
		return '';
	}
	$tools = isset( $attributes['tools'] ) ? explode( ' ', $attributes['tools'] ) : array( 'category' );
	$tool  = isset( $reserve[ $tools[0] ] ) ? $tools[0] : 'category';
	// Without a lang attribute the widget speaks the page's language (<html lang>, the site's locale).
	$lang = isset( $attributes['lang'] ) ? $attributes['lang'] : endorsement_navigator_sanitize_lang( get_bloginfo( 'language' ) );
	$lang = isset( $reserve[ $tool ][ $lang ] ) ? $lang : 'en';
	return isset( $reserve[ $tool ][ $lang ] ) ? $reserve[ $tool ][ $lang ] : $reserve['category']['en'];
}

/**
 * The HTML of one instance: the element with its merged attributes and, unless the instance names a
 * profile file of its own, the site's profile as a child <script type="application/json">.
 * Enqueues embed.js for the footer.
 *
 * @param array $instance The instance's attributes.
 * @return string
 */
function endorsement_navigator_render( array $instance ) {
	$settings   = endorsement_navigator_get_settings();
	$attributes = endorsement_navigator_merge_attributes( $instance, endorsement_navigator_default_attributes( $settings ) );

	$html = '<endorsement-navigator';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$style = endorsement_navigator_reserve_style( $attributes );
	$html .= ( '' === $style ? '' : ' style="' . esc_attr( $style ) . '"' ) . '>';

	$profile = isset( $attributes['profile'] ) ? null : endorsement_navigator_profile( $settings );
	if ( null !== $profile ) {
		// JSON_HEX_TAG writes < and > as \u003C and \u003E, so no value can close the script element.
		$json  = wp_json_encode( $profile, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		$html .= '<script type="application/json">' . $json . '</script>';
	}
	$html .= '</endorsement-navigator>';

	wp_enqueue_script( 'endorsement-navigator' );
	return $html;
}

/**
 * The `[endorsement_navigator]` shortcode.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function endorsement_navigator_shortcode( $atts ) {
	return endorsement_navigator_render( is_array( $atts ) ? $atts : array() );
}

/**
 * The block's attributes (camelCase in block.json) as element attributes.
 *
 * @param array $block_attributes The block's attributes.
 * @return array<string,string>
 */
function endorsement_navigator_block_instance( array $block_attributes ) {
	$names    = array(
		'association'  => 'association',
		'applyUrl'     => 'apply-url',
		'contactEmail' => 'contact-email',
		'credentials'  => 'credentials',
		'tools'        => 'tools',
		'lang'         => 'lang',
		'profile'      => 'profile',
	);
	$instance = array();
	foreach ( $names as $block_name => $name ) {
		if ( isset( $block_attributes[ $block_name ] ) && is_scalar( $block_attributes[ $block_name ] ) ) {
			$instance[ $name ] = (string) $block_attributes[ $block_name ];
		}
	}
	return $instance;
}

/**
 * The default snippet's script (CONTRACT §1, "The default snippet"), from includes/loader.php: it adds
 * embed.js once the page has painted, so the widget's script is never part of the page's first paint.
 *
 * @return string The script with {src} for embed.js's address, or '' where the plugin has no loader.php
 *                (a source folder, not a release) or the site turned it off.
 */
function endorsement_navigator_loader() {
	static $loader = null;
	if ( null === $loader ) {
		$file   = __DIR__ . '/loader.php';
		$loader = is_readable( $file ) ? require $file : '';
		$loader = is_string( $loader ) && false !== strpos( $loader, '{src}' ) ? $loader : '';
	}
	/**
	 * Whether embed.js is added by a short inline script once the page has painted (the default) rather
	 * than by a deferred script tag. A site whose Content-Security-Policy forbids inline scripts returns
	 * false.
	 *
	 * @param bool $inline Whether to use the inline loader.
	 */
	return apply_filters( 'endorsement_navigator_inline_loader', true ) ? $loader : '';
}

/**
 * Embed.js's script tag: the default snippet's loader in its place, else the tag with `defer` (the widget
 * waits for the page's load event in any case).
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @param string $src    The script's address, as WordPress escaped it for the tag.
 * @return string
 */
function endorsement_navigator_script_tag( $tag, $handle, $src = '' ) {
	if ( 'endorsement-navigator' !== $handle ) {
		return $tag;
	}
	$loader = endorsement_navigator_loader();
	if ( '' !== $loader && '' !== $src ) {
		// JSON_HEX_TAG writes < and > as \u003C and \u003E: no address can close the script element.
		$url    = wp_json_encode( wp_specialchars_decode( $src, ENT_QUOTES ), JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES );
		$script = str_replace( '{src}', $url, $loader ) . "\n";
		$count  = 0;
		$tag    = preg_replace( "#<script[^>]*\ssrc='[^']*' id='endorsement-navigator-js'></script>\n?#", addcslashes( $script, '\\$' ), $tag, 1, $count );
		if ( 1 === $count ) {
			return $tag;
		}
	}
	if ( false !== strpos( $tag, ' defer' ) ) {
		return $tag;
	}
	return str_replace( '<script ', '<script defer ', $tag );
}

/**
 * Enqueues embed.js when rendered content holds a pasted <endorsement-navigator> element.
 *
 * @param string $content Rendered content (a block, a post's content, a widget's text).
 * @return string The content, unchanged.
 */
function endorsement_navigator_enqueue_for_pasted_element( $content ) {
	if ( is_string( $content ) && false !== stripos( $content, '<endorsement-navigator' ) ) {
		wp_enqueue_script( 'endorsement-navigator' );
	}
	return $content;
}

/**
 * Lets the bare element (and its attributes) through wp_kses for users without unfiltered_html, so an
 * Author's Custom HTML block keeps it. A child <script> is not allowed: only the settings page (an
 * administrator) or a `profile` file gives a profile.
 *
 * @param array  $allowed The allowed tags and attributes.
 * @param string $context The kses context.
 * @return array
 */
function endorsement_navigator_kses_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context || ! is_array( $allowed ) ) {
		return $allowed;
	}
	$attributes = array(
		'class'  => true,
		'id'     => true,
		'style'  => true,
		'hidden' => true,
	);
	foreach ( array_keys( endorsement_navigator_attribute_sanitizers() ) as $name ) {
		$attributes[ $name ] = true;
	}
	$allowed['endorsement-navigator'] = $attributes;
	return $allowed;
}

/**
 * Makes kses check the protocol of the element's URL attributes, as it does for href and src, so a
 * `javascript:` apply-url is removed before the widget even sees it.
 *
 * @param string[] $attributes Attribute names whose value is a URL.
 * @return string[]
 */
function endorsement_navigator_kses_uri_attributes( $attributes ) {
	$attributes[] = 'apply-url';
	$attributes[] = 'profile';
	return $attributes;
}
