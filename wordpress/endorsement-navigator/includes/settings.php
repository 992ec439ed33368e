<?php
/**
 * Settings > Endorsement Navigator: the association's defaults for every navigator on the site.
 * Saved through the Settings API (options.php checks the nonce and the manage_options capability).
 *
 * @package EndorsementNavigator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Adds the page under Settings.
 */
function endorsement_navigator_admin_menu() {
	add_options_page(
		__( 'Endorsement Navigator', 'endorsement-navigator' ),
		__( 'Endorsement Navigator', 'endorsement-navigator' ),
		'manage_options',
		'endorsement-navigator',
		'endorsement_navigator_settings_page'
	);
}

/**
 * A "Settings" link beside the plugin on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function endorsement_navigator_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=endorsement-navigator' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'endorsement-navigator' ) . '</a>' );
	return $links;
}

/**
 * Registers the option, its sections and its fields.
 */
function endorsement_navigator_register_settings() {
	register_setting(
		'endorsement_navigator',
		ENDORSEMENT_NAVIGATOR_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'endorsement_navigator_sanitize_settings',
			'default'           => endorsement_navigator_default_settings(),
			'show_in_rest'      => false,
		)
	);

	$page = 'endorsement-navigator';
	add_settings_section( 'endorsement_navigator_association', __( 'Your association', 'endorsement-navigator' ), 'endorsement_navigator_section_association', $page );
	add_settings_section( 'endorsement_navigator_widget', __( 'What the navigator offers', 'endorsement-navigator' ), '__return_false', $page );
	add_settings_section( 'endorsement_navigator_next_steps', __( 'Your next steps, fees and links', 'endorsement-navigator' ), 'endorsement_navigator_section_next_steps', $page );
	add_settings_section( 'endorsement_navigator_rules', __( 'Rules your association varies', 'endorsement-navigator' ), 'endorsement_navigator_section_rules', $page );

	// The ERS checkboxes come first in their section; the text-like fields follow, in order: key, label,
	// callback, section, input type, hint.
	add_settings_field( 'endorsement_navigator_ers_add_on_for', __( 'ERS add-on for holders of', 'endorsement-navigator' ), 'endorsement_navigator_field_ers_add_on_for', $page, 'endorsement_navigator_rules' );
	$inputs = array(
		array( 'association', __( 'Association name', 'endorsement-navigator' ), 'endorsement_navigator_field_text', 'endorsement_navigator_association', 'text', __( 'Shown at the top of the navigator and in its next steps, e.g. "Lakeshore AIMH".', 'endorsement-navigator' ) ),
		array( 'apply_url', __( 'Apply URL', 'endorsement-navigator' ), 'endorsement_navigator_field_text', 'endorsement_navigator_association', 'url', __( 'Where applicants start their application (http:// or https://).', 'endorsement-navigator' ) ),
		array( 'contact_name', __( 'Contact name', 'endorsement-navigator' ), 'endorsement_navigator_field_text', 'endorsement_navigator_association', 'text', __( 'Who answers questions about endorsement, e.g. "Director of Endorsement".', 'endorsement-navigator' ) ),
		array( 'contact_email', __( 'Contact e-mail', 'endorsement-navigator' ), 'endorsement_navigator_field_text', 'endorsement_navigator_association', 'email', '' ),
		array( 'membership_url', __( 'Membership URL', 'endorsement-navigator' ), 'endorsement_navigator_field_text', 'endorsement_navigator_next_steps', 'url', __( 'Where to join the association.', 'endorsement-navigator' ) ),
		array( 'membership_fee', __( 'Membership fee', 'endorsement-navigator' ), 'endorsement_navigator_field_text', 'endorsement_navigator_next_steps', 'text', __( 'In your own words, e.g. "$50 a year".', 'endorsement-navigator' ) ),
		array( 'fees_url', __( 'Fees page URL', 'endorsement-navigator' ), 'endorsement_navigator_field_text', 'endorsement_navigator_next_steps', 'url', __( 'A page listing your endorsement fees.', 'endorsement-navigator' ) ),
		array( 'renewal_deadline', __( 'Renewal deadline day', 'endorsement-navigator' ), 'endorsement_navigator_field_rule', 'endorsement_navigator_rules', 'text', __( 'The day of the renewal year by which endorsements are renewed, as MM-DD, e.g. 12-15. Empty: 31 December.', 'endorsement-navigator' ) ),
		array( 'window_opens', __( 'Renewal window opens', 'endorsement-navigator' ), 'endorsement_navigator_field_rule', 'endorsement_navigator_rules', 'text', __( 'The first day of the renewal year on which endorsements can be renewed, as MM-DD, on or before the deadline. Empty: 1 October.', 'endorsement-navigator' ) ),
		array( 'rsc_provision_hours', __( 'Of the renewal training hours, hours on providing RSC for people who provide RSC', 'endorsement-navigator' ), 'endorsement_navigator_field_rule', 'endorsement_navigator_rules', 'number', __( 'People who provide reflective supervision/consultation (RSC) include this many hours of training on providing RSC in their renewal training hours, e.g. 9 of the 45. Empty or 0: no such requirement.', 'endorsement-navigator' ) ),
	);
	foreach ( $inputs as $field ) {
		add_settings_field(
			'endorsement_navigator_' . $field[0],
			$field[1],
			$field[2],
			$page,
			$field[3],
			array(
				'key'       => $field[0],
				'type'      => $field[4],
				'help'      => $field[5],
				'label_for' => 'endorsement-navigator-' . $field[0],
			)
		);
	}

	add_settings_field( 'endorsement_navigator_credentials', __( 'Credentials offered', 'endorsement-navigator' ), 'endorsement_navigator_field_credentials', $page, 'endorsement_navigator_widget' );
	add_settings_field( 'endorsement_navigator_tools', __( 'Tools', 'endorsement-navigator' ), 'endorsement_navigator_field_tools', $page, 'endorsement_navigator_widget' );
	add_settings_field( 'endorsement_navigator_lang', __( 'Language', 'endorsement-navigator' ), 'endorsement_navigator_field_lang', $page, 'endorsement_navigator_widget', array( 'label_for' => 'endorsement-navigator-lang' ) );
	add_settings_field( 'endorsement_navigator_fees', __( 'Fees per category', 'endorsement-navigator' ), 'endorsement_navigator_field_fees', $page, 'endorsement_navigator_next_steps' );
	add_settings_field( 'endorsement_navigator_steps', __( 'Steps', 'endorsement-navigator' ), 'endorsement_navigator_field_steps', $page, 'endorsement_navigator_next_steps', array( 'label_for' => 'endorsement-navigator-steps' ) );
	add_settings_field( 'endorsement_navigator_links', __( 'Links', 'endorsement-navigator' ), 'endorsement_navigator_field_links', $page, 'endorsement_navigator_next_steps' );
}

/**
 * The Settings API's sanitize callback: cleans every field and tells the administrator about a value that
 * could not be kept, instead of silently dropping it.
 *
 * @param mixed $input The posted option.
 * @return array
 */
function endorsement_navigator_sanitize_settings( $input ) {
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$clean = endorsement_navigator_clean_settings( $input );

	$urls = array(
		'apply_url'      => __( 'Apply URL', 'endorsement-navigator' ),
		'membership_url' => __( 'Membership URL', 'endorsement-navigator' ),
		'fees_url'       => __( 'Fees page URL', 'endorsement-navigator' ),
	);
	foreach ( $urls as $key => $label ) {
		if ( isset( $input[ $key ] ) && '' !== trim( (string) $input[ $key ] ) && '' === $clean[ $key ] ) {
			/* translators: %s: the field's label, e.g. "Apply URL". */
			$message = sprintf( __( '%s was not saved: it must be a full address starting with http:// or https://.', 'endorsement-navigator' ), $label );
			add_settings_error( ENDORSEMENT_NAVIGATOR_OPTION, 'endorsement-navigator-' . $key, $message );
		}
	}
	$links = isset( $input['links'] ) && is_array( $input['links'] ) ? $input['links'] : array();
	foreach ( endorsement_navigator_link_fields() as $key => $label ) {
		if ( isset( $links[ $key ] ) && '' !== trim( (string) $links[ $key ] ) && ! isset( $clean['links'][ $key ] ) ) {
			/* translators: %s: the link's label, e.g. "Exam preparation". */
			$message = sprintf( __( 'The link "%s" was not saved: it must be a full address starting with http:// or https://.', 'endorsement-navigator' ), $label );
			add_settings_error( ENDORSEMENT_NAVIGATOR_OPTION, 'endorsement-navigator-link-' . $key, $message );
		}
	}
	if ( isset( $input['contact_email'] ) && '' !== trim( (string) $input['contact_email'] ) && '' === $clean['contact_email'] ) {
		add_settings_error( ENDORSEMENT_NAVIGATOR_OPTION, 'endorsement-navigator-contact_email', __( 'The contact e-mail was not saved: it must look like name@example.org.', 'endorsement-navigator' ) );
	}
	$previous       = endorsement_navigator_get_settings();
	$clean['rules'] = endorsement_navigator_sanitize_rules( isset( $input['rules'] ) ? $input['rules'] : array(), $previous['rules'] );
	return $clean;
}

/**
 * The rules as posted, each checked as the widget reads it. A value the widget would not use is refused
 * with a message that repeats it, and that rule keeps its previous value: nothing typed is lost unsaid.
 *
 * @param mixed $posted   The posted rules.
 * @param array $previous The rules saved before (clean).
 * @return array Clean rules.
 */
function endorsement_navigator_sanitize_rules( $posted, array $previous ) {
	$posted = is_array( $posted ) ? $posted : array();
	$rules  = endorsement_navigator_clean_rules( $posted );
	$typed  = function ( $key ) use ( $posted ) {
		return isset( $posted[ $key ] ) && is_scalar( $posted[ $key ] ) ? trim( (string) $posted[ $key ] ) : '';
	};

	$days = array(
		'renewal_deadline' => __( 'Renewal deadline day', 'endorsement-navigator' ),
		'window_opens'     => __( 'Renewal window opens', 'endorsement-navigator' ),
	);
	foreach ( $days as $key => $label ) {
		$rules[ $key ] = endorsement_navigator_sanitize_month_day( $typed( $key ) );
		if ( '' !== $typed( $key ) && '' === $rules[ $key ] ) {
			/* translators: 1: the field's label, e.g. "Renewal deadline day", 2: what was typed. */
			$message = sprintf( __( '%1$s was not saved: "%2$s" is not a day of the year written MM-DD, e.g. 12-15, that every year has (02-29 is not). The previous value is kept.', 'endorsement-navigator' ), $label, esc_html( $typed( $key ) ) );
			add_settings_error( ENDORSEMENT_NAVIGATOR_OPTION, 'endorsement-navigator-' . $key, $message );
			$rules[ $key ] = $previous[ $key ];
		}
	}

	if ( null === endorsement_navigator_sanitize_hours( $typed( 'rsc_provision_hours' ) ) ) {
		$message = sprintf(
			/* translators: 1: what was typed, 2: the renewal's training hours in a full cycle (45). */
			__( 'The hours on providing RSC were not saved: "%1$s" is not a number of hours from 0 to %2$d (the renewal training hours of a full cycle). The previous value is kept.', 'endorsement-navigator' ),
			esc_html( $typed( 'rsc_provision_hours' ) ),
			endorsement_navigator_renewal_training_hours()
		);
		add_settings_error( ENDORSEMENT_NAVIGATOR_OPTION, 'endorsement-navigator-rsc_provision_hours', $message );
		$rules['rsc_provision_hours'] = $previous['rsc_provision_hours'];
	}

	// The widget would drop a window that opens after the deadline; the two days were saved together, so
	// the previous pair agrees.
	if ( endorsement_navigator_rules_slips( $rules ) ) {
		$message = sprintf(
			/* translators: 1: the day the window opens, MM-DD, 2: the deadline day, MM-DD. */
			__( 'The renewal window and deadline were not saved: the window would open on %1$s, after the deadline, %2$s (empty fields mean 10-01 and 12-31). The previous values are kept.', 'endorsement-navigator' ),
			'' !== $rules['window_opens'] ? $rules['window_opens'] : '10-01',
			'' !== $rules['renewal_deadline'] ? $rules['renewal_deadline'] : '12-31'
		);
		add_settings_error( ENDORSEMENT_NAVIGATOR_OPTION, 'endorsement-navigator-renewal_window', $message );
		$rules['renewal_deadline'] = $previous['renewal_deadline'];
		$rules['window_opens']     = $previous['window_opens'];
	}
	return endorsement_navigator_clean_rules( $rules );
}

/**
 * The name of a settings form control: endorsement_navigator_settings[key][sub]…
 *
 * @param string ...$keys The keys.
 * @return string
 */
function endorsement_navigator_field_name( ...$keys ) {
	return ENDORSEMENT_NAVIGATOR_OPTION . '[' . implode( '][', $keys ) . ']';
}

/**
 * Introduction of the first section.
 */
function endorsement_navigator_section_association() {
	echo '<p>' . esc_html__( 'These values are the defaults of every navigator on this site. A shortcode or block may give its own values; they win over these.', 'endorsement-navigator' ) . '</p>';
}

/**
 * Introduction of the next-steps section.
 */
function endorsement_navigator_section_next_steps() {
	echo '<p>' . esc_html__( 'Shown in the next steps of each tool, where they help an applicant or an endorsed professional.', 'endorsement-navigator' ) . '</p>';
}

/**
 * Introduction of the rules section.
 */
function endorsement_navigator_section_rules() {
	echo '<p>' . esc_html__( 'Only where your association differs from the standard rules; leave a field empty to use the standard rules. The navigator names your association where one of its rules changes an answer.', 'endorsement-navigator' ) . '</p>';
}

/**
 * An input with its hint.
 *
 * @param array                $args       type, help, label_for.
 * @param string               $name       The control's name.
 * @param string               $value      The value shown.
 * @param array<string,string> $attributes Further attributes (name => value).
 */
function endorsement_navigator_input( $args, $name, $value, array $attributes ) {
	if ( $args['help'] ) {
		$attributes['aria-describedby'] = $args['label_for'] . '-help';
	}
	$extra = '';
	foreach ( $attributes as $attribute => $attribute_value ) {
		$extra .= ' ' . esc_attr( $attribute ) . '="' . esc_attr( $attribute_value ) . '"';
	}
	printf(
		'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s"%5$s />',
		esc_attr( $args['type'] ),
		esc_attr( $args['label_for'] ),
		esc_attr( $name ),
		esc_attr( $value ),
		$extra // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- each part is escaped above.
	);
	if ( $args['help'] ) {
		printf( '<p class="description" id="%1$s">%2$s</p>', esc_attr( $args['label_for'] . '-help' ), esc_html( $args['help'] ) );
	}
}

/**
 * A text, URL or e-mail field.
 *
 * @param array $args key, type, help, label_for.
 */
function endorsement_navigator_field_text( $args ) {
	$settings = endorsement_navigator_get_settings();
	endorsement_navigator_input( $args, endorsement_navigator_field_name( $args['key'] ), $settings[ $args['key'] ], array( 'class' => 'regular-text' ) );
}

/**
 * A rule's day (MM-DD) or hours field; empty where the standard rule applies.
 *
 * @param array $args key, type, help, label_for.
 */
function endorsement_navigator_field_rule( $args ) {
	$settings = endorsement_navigator_get_settings();
	$value    = $settings['rules'][ $args['key'] ];
	$name     = endorsement_navigator_field_name( 'rules', $args['key'] );
	if ( 'number' === $args['type'] ) {
		$attributes = array(
			'class' => 'small-text',
			'min'   => '0',
			'max'   => (string) endorsement_navigator_renewal_training_hours(),
			'step'  => 'any',
		);
		endorsement_navigator_input( $args, $name, 0 === $value ? '' : (string) $value, $attributes );
		return;
	}
	$attributes = array(
		'class'        => 'small-text',
		'style'        => 'width:6em',
		'placeholder'  => 'MM-DD',
		'autocomplete' => 'off',
	);
	endorsement_navigator_input( $args, $name, $value, $attributes );
}

/**
 * Checkboxes for a list of words.
 *
 * @param string[]             $keys    Settings keys of the list, e.g. array( 'rules', 'ers_add_on_for' ).
 * @param string[]             $chosen  The words checked.
 * @param array<string,string> $choices Word => label.
 * @param string               $legend  Legend for screen readers.
 * @param string               $help    Description under the boxes.
 */
function endorsement_navigator_checkboxes( array $keys, array $chosen, array $choices, $legend, $help ) {
	$id = 'endorsement-navigator-' . implode( '-', $keys );
	printf( '<fieldset aria-describedby="%1$s"><legend class="screen-reader-text">%2$s</legend>', esc_attr( $id . '-help' ), esc_html( $legend ) );
	foreach ( $choices as $word => $label ) {
		printf(
			'<input type="checkbox" id="%1$s" name="%2$s" value="%3$s"%4$s /> <label for="%1$s">%5$s</label><br />',
			esc_attr( $id . '-' . $word ),
			esc_attr( endorsement_navigator_field_name( ...$keys ) . '[]' ),
			esc_attr( $word ),
			checked( in_array( $word, $chosen, true ), true, false ),
			esc_html( $label )
		);
	}
	printf( '<p class="description" id="%1$s">%2$s</p></fieldset>', esc_attr( $id . '-help' ), esc_html( $help ) );
}

/**
 * The words of a stored list, every choice when none is stored (the widget's default: all of them).
 *
 * @param string $key     Settings key.
 * @param array  $choices Word => label.
 * @return string[]
 */
function endorsement_navigator_chosen_or_all( $key, array $choices ) {
	$settings = endorsement_navigator_get_settings();
	return '' === $settings[ $key ] ? array_keys( $choices ) : explode( ' ', $settings[ $key ] );
}

/**
 * The credentials the association offers.
 */
function endorsement_navigator_field_credentials() {
	$choices = array(
		'imh'  => __( 'IMH-E (Infant Mental Health)', 'endorsement-navigator' ),
		'ecmh' => __( 'ECMH-E (Early Childhood Mental Health)', 'endorsement-navigator' ),
	);
	endorsement_navigator_checkboxes(
		array( 'credentials' ),
		endorsement_navigator_chosen_or_all( 'credentials', $choices ),
		$choices,
		__( 'Credentials offered', 'endorsement-navigator' ),
		__( 'Visitors are only told to apply with you for the credentials you offer.', 'endorsement-navigator' )
	);
}

/**
 * The tools shown.
 */
function endorsement_navigator_field_tools() {
	$choices = array(
		'category' => __( 'Which category fits me?', 'endorsement-navigator' ),
		'checker'  => __( 'Requirements checker', 'endorsement-navigator' ),
		'renewal'  => __( 'Renewal-hours calculator', 'endorsement-navigator' ),
	);
	endorsement_navigator_checkboxes(
		array( 'tools' ),
		endorsement_navigator_chosen_or_all( 'tools', $choices ),
		$choices,
		__( 'Tools', 'endorsement-navigator' ),
		__( 'A shortcode may choose others and their order, e.g. tools="renewal checker".', 'endorsement-navigator' )
	);
}

/**
 * The categories whose holders may add ERS; none checked: any.
 */
function endorsement_navigator_field_ers_add_on_for() {
	$settings = endorsement_navigator_get_settings();
	endorsement_navigator_checkboxes(
		array( 'rules', 'ers_add_on_for' ),
		$settings['rules']['ers_add_on_for'],
		endorsement_navigator_ers_base_categories(),
		__( 'ERS add-on for holders of', 'endorsement-navigator' ),
		__( 'Holders of the checked categories may add the Endorsed Reflective Supervisor (ERS) add-on. None checked: holders of any category.', 'endorsement-navigator' )
	);
}

/**
 * The language.
 */
function endorsement_navigator_field_lang() {
	$settings = endorsement_navigator_get_settings();
	$choices  = array(
		''   => __( 'The page’s language (English when it is neither English nor Spanish)', 'endorsement-navigator' ),
		'en' => 'English',
		'es' => 'Español',
	);
	printf( '<select id="endorsement-navigator-lang" name="%s">', esc_attr( endorsement_navigator_field_name( 'lang' ) ) );
	foreach ( $choices as $value => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $settings['lang'], $value, false ), esc_html( $label ) );
	}
	echo '</select>';
}

/**
 * Application and processing fees per category.
 */
function endorsement_navigator_field_fees() {
	$settings = endorsement_navigator_get_settings();
	echo '<table class="widefat striped" style="max-width:44em"><thead><tr>';
	echo '<th scope="col">' . esc_html__( 'Category', 'endorsement-navigator' ) . '</th>';
	echo '<th scope="col">' . esc_html__( 'Application fee', 'endorsement-navigator' ) . '</th>';
	echo '<th scope="col">' . esc_html__( 'Processing fee', 'endorsement-navigator' ) . '</th></tr></thead><tbody>';
	foreach ( endorsement_navigator_categories() as $category => $label ) {
		echo '<tr><th scope="row">' . esc_html( $label ) . '</th>';
		foreach ( array( 'application', 'processing' ) as $kind ) {
			$value = isset( $settings['fees'][ $category ][ $kind ] ) ? $settings['fees'][ $category ][ $kind ] : '';
			/* translators: 1: category name, 2: "application" or "processing". */
			$aria = sprintf( __( '%1$s: %2$s fee', 'endorsement-navigator' ), $label, 'application' === $kind ? __( 'application', 'endorsement-navigator' ) : __( 'processing', 'endorsement-navigator' ) );
			printf(
				'<td><input type="text" class="small-text" style="width:8em" name="%1$s" value="%2$s" aria-label="%3$s" /></td>',
				esc_attr( endorsement_navigator_field_name( 'fees', $category, $kind ) ),
				esc_attr( $value ),
				esc_attr( $aria )
			);
		}
		echo '</tr>';
	}
	echo '</tbody></table><p class="description">' . esc_html__( 'As text, e.g. "$85". Leave empty where you charge nothing or prefer not to say.', 'endorsement-navigator' ) . '</p>';
}

/**
 * The association's own steps.
 */
function endorsement_navigator_field_steps() {
	$settings = endorsement_navigator_get_settings();
	printf(
		'<textarea id="endorsement-navigator-steps" name="%1$s" rows="5" class="large-text" aria-describedby="endorsement-navigator-steps-help">%2$s</textarea>',
		esc_attr( endorsement_navigator_field_name( 'steps' ) ),
		esc_textarea( endorsement_navigator_steps_text( $settings['steps'] ) )
	);
	echo '<p class="description" id="endorsement-navigator-steps-help">' . esc_html__( 'One step per line, in order, added to the next steps. For a Spanish version, write it after a vertical bar: "Talk to our Director of Endorsement before you submit | Hable con nuestra directora de endorsement antes de enviar".', 'endorsement-navigator' ) . '</p>';
}

/**
 * The profile's links.
 */
function endorsement_navigator_field_links() {
	$settings = endorsement_navigator_get_settings();
	foreach ( endorsement_navigator_link_fields() as $key => $label ) {
		$id = 'endorsement-navigator-link-' . $key;
		printf(
			'<p><label for="%1$s">%2$s</label><br /><input type="url" id="%1$s" name="%3$s" value="%4$s" class="regular-text" /></p>',
			esc_attr( $id ),
			esc_html( $label ),
			esc_attr( endorsement_navigator_field_name( 'links', $key ) ),
			esc_attr( isset( $settings['links'][ $key ] ) ? $settings['links'][ $key ] : '' )
		);
	}
}

/**
 * The settings page.
 */
function endorsement_navigator_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . wp_kses(
		__( 'Put the navigator on a page with the <strong>Endorsement Navigator</strong> block, or with the shortcode <code>[endorsement_navigator]</code>. A shortcode may override any default: <code>[endorsement_navigator tools="renewal" lang="es"]</code>.', 'endorsement-navigator' ),
		array(
			'strong' => array(),
			'code'   => array(),
		)
	) . '</p>';
	// Under Settings, WordPress itself prints the notices (options-head.php calls settings_errors()).
	echo '<form action="options.php" method="post">';
	settings_fields( 'endorsement_navigator' );
	do_settings_sections( 'endorsement-navigator' );
	submit_button();
	echo '</form></div>';
}
