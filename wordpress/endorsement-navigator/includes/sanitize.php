<?php
/**
 * Sanitizers: each mirrors how the widget itself reads the attribute (src/config.rs), so what the plugin
 * saves and prints is what the widget will use, and nothing hostile reaches the page.
 *
 * @package EndorsementNavigator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The credentials an association can offer, in the widget's canonical order.
 *
 * @return string[]
 */
function endorsement_navigator_credentials() {
	return array( 'imh', 'ecmh' );
}

/**
 * The widget's tools, in their default order.
 *
 * @return string[]
 */
function endorsement_navigator_tools() {
	return array( 'category', 'checker', 'renewal' );
}

/**
 * The languages the widget speaks.
 *
 * @return string[]
 */
function endorsement_navigator_languages() {
	return array( 'en', 'es' );
}

/**
 * The category ids of CONTRACT §2 with their English names, for the fees table.
 *
 * @return array<string,string>
 */
function endorsement_navigator_categories() {
	return array(
		'family_associate'               => __( 'Family Associate', 'endorsement-navigator' ),
		'family_specialist'              => __( 'Family Specialist', 'endorsement-navigator' ),
		'mental_health_specialist'       => __( 'Mental Health Specialist', 'endorsement-navigator' ),
		'mentor_clinical'                => __( 'Mentor – Clinical', 'endorsement-navigator' ),
		'mentor_policy'                  => __( 'Mentor – Policy', 'endorsement-navigator' ),
		'mentor_research_faculty'        => __( 'Mentor – Research/Faculty', 'endorsement-navigator' ),
		'reflective_supervisor'          => __( 'Endorsed Reflective Supervisor', 'endorsement-navigator' ),
		'reflective_supervisor_emerging' => __( 'Endorsed Reflective Supervisor – Emerging', 'endorsement-navigator' ),
	);
}

/**
 * The categories whose holders may add the Endorsed Reflective Supervisor add-on: every category but the
 * two add-ons themselves (the widget's Category::MAIN), for the profile's `rules.ers_add_on_for`.
 *
 * @return array<string,string>
 */
function endorsement_navigator_ers_base_categories() {
	return array_diff_key(
		endorsement_navigator_categories(),
		array_flip( array( 'reflective_supervisor', 'reflective_supervisor_emerging' ) )
	);
}

/**
 * The renewal's training hours in a full three-year cycle. A sub-requirement is a part of them, so it can
 * never ask for more (the widget counts at most the cycle's own, prorated, training hours).
 *
 * @return int
 */
function endorsement_navigator_renewal_training_hours() {
	return 45;
}

/**
 * A single line of plain text: tags (and the contents of script/style elements) removed, whitespace
 * collapsed, at most `$max` characters.
 *
 * @param mixed $value Raw value.
 * @param int   $max   Longest accepted length in characters.
 * @return string
 */
function endorsement_navigator_sanitize_text( $value, $max = 200 ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$text = sanitize_text_field( (string) $value );
	$text = trim( preg_replace( '/\s+/u', ' ', $text ) );
	if ( function_exists( 'mb_substr' ) ) {
		return mb_substr( $text, 0, $max );
	}
	return substr( $text, 0, $max );
}

/**
 * An absolute http(s) URL with a host name, or '' (as the widget's parse_web_url: `javascript:`, `data:`,
 * relative and scheme-relative URLs are refused, since the value becomes a link).
 *
 * @param mixed $value Raw value.
 * @return string
 */
function endorsement_navigator_sanitize_web_url( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$url = trim( (string) $value );
	if ( '' === $url || preg_match( '/[\s\x00-\x1f\x7f]/', $url ) ) {
		return '';
	}
	if ( ! preg_match( '#^https?://#i', $url ) ) {
		return '';
	}
	$host = wp_parse_url( $url, PHP_URL_HOST );
	if ( ! is_string( $host ) || '' === $host || '.' === $host[0] ) {
		return '';
	}
	return esc_url_raw( $url, array( 'http', 'https' ) );
}

/**
 * The address of a profile file: an absolute http(s) URL, or a path on this site ("/profile.json").
 *
 * @param mixed $value Raw value.
 * @return string
 */
function endorsement_navigator_sanitize_profile_url( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$url = trim( (string) $value );
	if ( preg_match( '#^/[^/\\\\]#', $url ) && ! preg_match( '/[\s\x00-\x1f\x7f"\'<>]/', $url ) ) {
		return esc_url_raw( $url );
	}
	return endorsement_navigator_sanitize_web_url( $url );
}

/**
 * An e-mail address the widget accepts (name@domain.tld, none of the characters that change a mailto:
 * link), or ''.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function endorsement_navigator_sanitize_email( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$email = trim( (string) $value );
	if ( '' === $email || ! is_email( $email ) || preg_match( '#[<>()\[\]\\\\,;:"?\#&%/\s]#', $email ) ) {
		return '';
	}
	return sanitize_email( $email );
}

/**
 * The known words of a list (separated by spaces or commas, any case), each once.
 *
 * @param mixed    $value     Raw value: a string, or an array of words (checkboxes).
 * @param string[] $known     The accepted words.
 * @param bool     $canonical Whether to keep the order of `$known` instead of the order given.
 * @return string The words separated by single spaces, or '' when none is known.
 */
function endorsement_navigator_sanitize_words( $value, array $known, $canonical ) {
	if ( is_array( $value ) ) {
		$value = implode( ' ', array_filter( $value, 'is_scalar' ) );
	}
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$words  = preg_split( '/[\s,]+/', strtolower( (string) $value ), -1, PREG_SPLIT_NO_EMPTY );
	$chosen = array_values( array_unique( array_intersect( $words, $known ) ) );
	if ( $canonical ) {
		$chosen = array_values( array_intersect( $known, $chosen ) );
	}
	return implode( ' ', $chosen );
}

/**
 * The `credentials` attribute: `imh`, `ecmh` or both, IMH-E first; '' for "not given".
 *
 * @param mixed $value Raw value.
 * @return string
 */
function endorsement_navigator_sanitize_credentials( $value ) {
	return endorsement_navigator_sanitize_words( $value, endorsement_navigator_credentials(), true );
}

/**
 * The `tools` attribute: a subset of `category checker renewal` in the order given; '' for all three.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function endorsement_navigator_sanitize_tools( $value ) {
	return endorsement_navigator_sanitize_words( $value, endorsement_navigator_tools(), false );
}

/**
 * The `lang` attribute: `en` or `es` (only the primary subtag counts: `es-MX` is `es`); '' for the page's.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function endorsement_navigator_sanitize_lang( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$parts   = preg_split( '/[-_]/', strtolower( trim( (string) $value ) ) );
	$primary = $parts[0];
	return in_array( $primary, endorsement_navigator_languages(), true ) ? $primary : '';
}

/**
 * The `today` attribute: a real date written YYYY-MM-DD, or ''.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function endorsement_navigator_sanitize_date( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$date = trim( (string) $value );
	if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $date, $m ) ) {
		return '';
	}
	return checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ? $date : '';
}

/**
 * The `storage` attribute: `local` or `none`, or ''.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function endorsement_navigator_sanitize_storage( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$storage = strtolower( trim( (string) $value ) );
	return in_array( $storage, array( 'local', 'none' ), true ) ? $storage : '';
}

/**
 * A day of the year as the widget reads the profile's rules: exactly MM-DD, and a day that every year has
 * (02-29 is refused: a deadline must exist every year), or ''.
 *
 * @param mixed $value Raw value.
 * @return string
 */
function endorsement_navigator_sanitize_month_day( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$day = trim( (string) $value );
	if ( ! preg_match( '/^(\d{2})-(\d{2})$/D', $day, $m ) ) {
		return '';
	}
	// 2025 is not a leap year: a day it has, every year has.
	return checkdate( (int) $m[1], (int) $m[2], 2025 ) ? $day : '';
}

/**
 * Hours of the renewal's training hours: a number from 0 to the full cycle's training hours, 0 when
 * empty (no sub-requirement), null when the value is no such number.
 *
 * @param mixed $value Raw value.
 * @return int|float|null Whole hours as an integer, so the profile's JSON says 9, not 9.0.
 */
function endorsement_navigator_sanitize_hours( $value ) {
	if ( is_string( $value ) ) {
		$value = trim( $value );
	}
	if ( '' === $value || null === $value ) {
		return 0;
	}
	if ( ! is_numeric( $value ) ) {
		return null;
	}
	$hours = (float) $value;
	if ( ! is_finite( $hours ) || $hours < 0 || $hours > endorsement_navigator_renewal_training_hours() ) {
		return null;
	}
	return floor( $hours ) === $hours ? (int) $hours : $hours;
}

/**
 * The rules a renewal window and deadline break, as the widget judges them (src/rules/association.rs):
 * a window that opens after the deadline is a slip; the window's day is dropped if it was given, and a
 * deadline before the standard window (1 October) is dropped if no earlier window was given.
 *
 * @param array $rules Rules whose days are each valid MM-DD or ''.
 * @return string[] The keys the widget would drop ('window_opens', 'renewal_deadline'), none if they agree.
 */
function endorsement_navigator_rules_slips( array $rules ) {
	$deadline = '' !== $rules['renewal_deadline'] ? $rules['renewal_deadline'] : '12-31';
	$opens    = '' !== $rules['window_opens'] ? $rules['window_opens'] : '10-01';
	if ( strcmp( $opens, $deadline ) <= 0 ) {
		return array();
	}
	$slips = array();
	if ( '' !== $rules['window_opens'] ) {
		$slips[] = 'window_opens';
	}
	if ( '' !== $rules['renewal_deadline'] && strcmp( $rules['renewal_deadline'], '10-01' ) < 0 ) {
		$slips[] = 'renewal_deadline';
	}
	return $slips;
}

/**
 * The rules an association varies (the profile's `rules`), as the settings store them: the categories
 * that may add ERS (none: any), the renewal deadline and window days (MM-DD, '': the standard days) and the
 * hours on providing RSC within the renewal training hours (0: none). Unknown categories are dropped, an
 * invalid value becomes empty, and days that the widget would drop are dropped.
 *
 * @param mixed $input Rules as posted or stored.
 * @return array
 */
function endorsement_navigator_clean_rules( $input ) {
	$input = is_array( $input ) ? $input : array();
	$ers   = endorsement_navigator_sanitize_words(
		isset( $input['ers_add_on_for'] ) ? $input['ers_add_on_for'] : '',
		array_keys( endorsement_navigator_ers_base_categories() ),
		true
	);
	$hours = endorsement_navigator_sanitize_hours( isset( $input['rsc_provision_hours'] ) ? $input['rsc_provision_hours'] : '' );
	$rules = array(
		'ers_add_on_for'      => '' === $ers ? array() : explode( ' ', $ers ),
		'renewal_deadline'    => endorsement_navigator_sanitize_month_day( isset( $input['renewal_deadline'] ) ? $input['renewal_deadline'] : '' ),
		'window_opens'        => endorsement_navigator_sanitize_month_day( isset( $input['window_opens'] ) ? $input['window_opens'] : '' ),
		'rsc_provision_hours' => null === $hours ? 0 : $hours,
	);
	foreach ( endorsement_navigator_rules_slips( $rules ) as $slip ) {
		$rules[ $slip ] = '';
	}
	return $rules;
}

/**
 * The association's own next steps from the settings' text area: one step per line; a Spanish version
 * may follow the English one after " | ".
 *
 * @param mixed $value Raw text.
 * @return array<int,string|array{en:string,es:string}> At most 12 steps, as the profile's `steps`.
 */
function endorsement_navigator_parse_steps( $value ) {
	if ( ! is_scalar( $value ) ) {
		return array();
	}
	$steps = array();
	foreach ( preg_split( '/\r\n|\r|\n/', (string) $value ) as $line ) {
		$halves = explode( '|', $line, 2 );
		$en     = endorsement_navigator_sanitize_text( $halves[0], 300 );
		$es     = isset( $halves[1] ) ? endorsement_navigator_sanitize_text( $halves[1], 300 ) : '';
		if ( '' === $en && '' === $es ) {
			continue;
		}
		if ( '' === $es ) {
			$steps[] = $en;
		} elseif ( '' === $en ) {
			$steps[] = $es;
		} else {
			$steps[] = array(
				'en' => $en,
				'es' => $es,
			);
		}
		if ( count( $steps ) >= 12 ) {
			break;
		}
	}
	return $steps;
}

/**
 * The steps back as the settings' text area shows them (the inverse of endorsement_navigator_parse_steps).
 *
 * @param array $steps Steps as stored.
 * @return string
 */
function endorsement_navigator_steps_text( $steps ) {
	$lines = array();
	foreach ( (array) $steps as $step ) {
		if ( is_array( $step ) && isset( $step['en'], $step['es'] ) ) {
			$lines[] = $step['en'] . ' | ' . $step['es'];
		} elseif ( is_string( $step ) ) {
			$lines[] = $step;
		}
	}
	return implode( "\n", $lines );
}

/**
 * The link fields of the profile (`links`), with their labels.
 *
 * @return array<string,string>
 */
function endorsement_navigator_link_fields() {
	return array(
		'rsc_directory' => __( 'RSC provider directory', 'endorsement-navigator' ),
		'exam_prep'     => __( 'Exam preparation', 'endorsement-navigator' ),
		'renewal'       => __( 'Renewal information', 'endorsement-navigator' ),
		'office_hours'  => __( 'Office hours', 'endorsement-navigator' ),
	);
}

/**
 * The settings as stored when nothing has been saved.
 *
 * @return array
 */
function endorsement_navigator_default_settings() {
	return array(
		'association'    => '',
		'apply_url'      => '',
		'contact_name'   => '',
		'contact_email'  => '',
		'credentials'    => '',
		'tools'          => '',
		'lang'           => '',
		'membership_url' => '',
		'membership_fee' => '',
		'fees_url'       => '',
		'fees'           => array(),
		'steps'          => array(),
		'links'          => array(),
		'rules'          => endorsement_navigator_clean_rules( array() ),
	);
}

/**
 * The saved settings, every key present and every value clean (whatever the database holds).
 *
 * @return array
 */
function endorsement_navigator_get_settings() {
	$saved = get_option( ENDORSEMENT_NAVIGATOR_OPTION, array() );
	return endorsement_navigator_clean_settings( is_array( $saved ) ? $saved : array() );
}

/**
 * Cleans a settings array field by field. Unknown keys are dropped; an invalid value becomes empty.
 *
 * @param array $input Settings as posted by the settings form or read from the database.
 * @return array
 */
function endorsement_navigator_clean_settings( array $input ) {
	$clean = endorsement_navigator_default_settings();

	$clean['association']    = endorsement_navigator_sanitize_text( isset( $input['association'] ) ? $input['association'] : '' );
	$clean['apply_url']      = endorsement_navigator_sanitize_web_url( isset( $input['apply_url'] ) ? $input['apply_url'] : '' );
	$clean['contact_name']   = endorsement_navigator_sanitize_text( isset( $input['contact_name'] ) ? $input['contact_name'] : '' );
	$clean['contact_email']  = endorsement_navigator_sanitize_email( isset( $input['contact_email'] ) ? $input['contact_email'] : '' );
	$clean['credentials']    = endorsement_navigator_sanitize_credentials( isset( $input['credentials'] ) ? $input['credentials'] : '' );
	$clean['tools']          = endorsement_navigator_sanitize_tools( isset( $input['tools'] ) ? $input['tools'] : '' );
	$clean['lang']           = endorsement_navigator_sanitize_lang( isset( $input['lang'] ) ? $input['lang'] : '' );
	$clean['membership_url'] = endorsement_navigator_sanitize_web_url( isset( $input['membership_url'] ) ? $input['membership_url'] : '' );
	$clean['membership_fee'] = endorsement_navigator_sanitize_text( isset( $input['membership_fee'] ) ? $input['membership_fee'] : '', 100 );
	$clean['fees_url']       = endorsement_navigator_sanitize_web_url( isset( $input['fees_url'] ) ? $input['fees_url'] : '' );

	$fees = isset( $input['fees'] ) && is_array( $input['fees'] ) ? $input['fees'] : array();
	foreach ( array_keys( endorsement_navigator_categories() ) as $category ) {
		foreach ( array( 'application', 'processing' ) as $kind ) {
			$fee = isset( $fees[ $category ][ $kind ] ) ? endorsement_navigator_sanitize_text( $fees[ $category ][ $kind ], 100 ) : '';
			if ( '' !== $fee ) {
				$clean['fees'][ $category ][ $kind ] = $fee;
			}
		}
	}

	$steps = isset( $input['steps'] ) ? $input['steps'] : array();
	if ( is_array( $steps ) ) {
		$steps = endorsement_navigator_steps_text( $steps );
	}
	$clean['steps'] = endorsement_navigator_parse_steps( $steps );

	$links = isset( $input['links'] ) && is_array( $input['links'] ) ? $input['links'] : array();
	foreach ( array_keys( endorsement_navigator_link_fields() ) as $link ) {
		$url = isset( $links[ $link ] ) ? endorsement_navigator_sanitize_web_url( $links[ $link ] ) : '';
		if ( '' !== $url ) {
			$clean['links'][ $link ] = $url;
		}
	}

	$clean['rules'] = endorsement_navigator_clean_rules( isset( $input['rules'] ) ? $input['rules'] : array() );

	return $clean;
}
