<?php
/**
 * The plugin's PHP functions on a real WordPress 6.1: sanitizers (each as the widget reads the attribute),
 * the association's rules and their messages, the merge of an instance's attributes over the site's
 * defaults, the profile, the printed HTML, the kses allow-list, the shortcode, the block and uninstall.
 *
 * @package EndorsementNavigator
 */

use PHPUnit\Framework\TestCase;

// Admin functions the plugin's settings page and these tests use (loaded by WordPress only in wp-admin).
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/template.php';

/**
 * Tests of the plugin's functions.
 */
class PluginTest extends TestCase {

	/**
	 * The default snippet's inline style for a first tool and language, as the build measured it
	 * (pkg/snippet.json, from which `make dist` writes the plugin's includes/reserve.php).
	 *
	 * @param string $tool The first tool.
	 * @param string $lang The language.
	 * @return string
	 */
	private static function style( $tool = 'category', $lang = 'en' ) {
		static $snippet = null;
		if ( null === $snippet ) {
			$snippet = json_decode( (string) file_get_contents( dirname( __DIR__, 3 ) . '/pkg/snippet.json' ), true );
		}
		return str_replace( '{reserve}', $snippet['reserve'][ $tool ][ $lang ], $snippet['style'] );
	}

	/**
	 * Every test starts with no saved settings.
	 */
	protected function setUp(): void {
		delete_option( ENDORSEMENT_NAVIGATOR_OPTION );
		wp_dequeue_script( 'endorsement-navigator' );
		wp_set_current_user( 0 );
	}

	/**
	 * And leaves none behind.
	 */
	protected function tearDown(): void {
		delete_option( ENDORSEMENT_NAVIGATOR_OPTION );
		wp_set_current_user( 0 );
	}

	/**
	 * Saves settings as the settings page would.
	 *
	 * @param array $settings Settings as posted.
	 */
	private function save( array $settings ) {
		update_option( ENDORSEMENT_NAVIGATOR_OPTION, endorsement_navigator_clean_settings( $settings ) );
	}

	public function test_the_plugin_is_active_and_registers_its_shortcode_block_and_script() {
		$this->assertTrue( is_plugin_active( 'endorsement-navigator/endorsement-navigator.php' ) );
		$this->assertTrue( shortcode_exists( 'endorsement_navigator' ) );
		$this->assertTrue( WP_Block_Type_Registry::get_instance()->is_registered( 'endorsement-navigator/navigator' ) );
		$this->assertTrue( wp_script_is( 'endorsement-navigator', 'registered' ) );
		$this->assertStringEndsWith( '/wp-content/plugins/endorsement-navigator/widget/embed.js', wp_scripts()->registered['endorsement-navigator']->src );
	}

	public function test_web_urls_are_absolute_http_or_https_with_a_host() {
		$this->assertSame( 'https://lakeshore.example/apply?x=1', endorsement_navigator_sanitize_web_url( ' https://lakeshore.example/apply?x=1 ' ) );
		$this->assertSame( 'http://example.org', endorsement_navigator_sanitize_web_url( 'HTTP://example.org' ) );
		foreach ( array( 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', '/apply', '//example.org/apply', 'https://', 'https:///path', 'https://exa mple.org', "https://exa\tmple.org/", 'ftp://example.org', 'https://.example.org', '', array( 'https://example.org' ) ) as $bad ) {
			$this->assertSame( '', endorsement_navigator_sanitize_web_url( $bad ), 'refused: ' . wp_json_encode( $bad ) );
		}
	}

	public function test_profile_urls_may_also_be_a_path_on_this_site() {
		$this->assertSame( '/wp-content/uploads/profile.json', endorsement_navigator_sanitize_profile_url( '/wp-content/uploads/profile.json' ) );
		$this->assertSame( 'https://cdn.example/p.json', endorsement_navigator_sanitize_profile_url( 'https://cdn.example/p.json' ) );
		foreach ( array( 'javascript:alert(1)', '//evil.example/p.json', 'profile.json', '/"><script>' ) as $bad ) {
			$this->assertSame( '', endorsement_navigator_sanitize_profile_url( $bad ), 'refused: ' . $bad );
		}
	}

	public function test_names_lose_markup_and_extra_spaces() {
		$this->assertSame( 'Lakeshore AIMH', endorsement_navigator_sanitize_text( "<script>alert('x')</script>Lakeshore   <b>AIMH</b>\n" ) );
		$this->assertSame( 'Asociación de Salud Mental Infantil', endorsement_navigator_sanitize_text( 'Asociación de Salud Mental Infantil' ) );
		$this->assertSame( 5, mb_strlen( endorsement_navigator_sanitize_text( 'ñññññññ', 5 ) ) );
		$this->assertSame( '', endorsement_navigator_sanitize_text( array( 'x' ) ) );
	}

	public function test_emails_as_the_widget_accepts_them() {
		$this->assertSame( 'endorsement@lakeshore.example', endorsement_navigator_sanitize_email( ' endorsement@lakeshore.example ' ) );
		foreach ( array( 'not an email', 'a@b', 'x@example.org?subject=hi', 'x@example.org&cc=y@example.org', '"x"@example.org', 'x@exa mple.org' ) as $bad ) {
			$this->assertSame( '', endorsement_navigator_sanitize_email( $bad ), 'refused: ' . $bad );
		}
	}

	public function test_lists_keep_known_words_credentials_in_canonical_order_tools_in_the_order_given() {
		$this->assertSame( 'imh ecmh', endorsement_navigator_sanitize_credentials( 'ECMH, imh' ) );
		$this->assertSame( 'imh ecmh', endorsement_navigator_sanitize_credentials( array( 'ecmh', 'imh', 'imh' ) ) );
		$this->assertSame( 'ecmh', endorsement_navigator_sanitize_credentials( 'ecmh bogus' ) );
		$this->assertSame( '', endorsement_navigator_sanitize_credentials( 'bogus' ) );
		$this->assertSame( 'renewal checker', endorsement_navigator_sanitize_tools( 'renewal, checker renewal <script>' ) );
		$this->assertSame( '', endorsement_navigator_sanitize_tools( '' ) );
	}

	public function test_languages_dates_and_storage() {
		$this->assertSame( 'es', endorsement_navigator_sanitize_lang( 'es-MX' ) );
		$this->assertSame( 'en', endorsement_navigator_sanitize_lang( 'EN_us' ) );
		$this->assertSame( '', endorsement_navigator_sanitize_lang( 'fr' ) );
		$this->assertSame( '2026-02-28', endorsement_navigator_sanitize_date( '2026-02-28' ) );
		$this->assertSame( '', endorsement_navigator_sanitize_date( '2026-02-30' ) );
		$this->assertSame( '', endorsement_navigator_sanitize_date( '28/02/2026' ) );
		$this->assertSame( 'none', endorsement_navigator_sanitize_storage( ' NONE ' ) );
		$this->assertSame( '', endorsement_navigator_sanitize_storage( 'session' ) );
	}

	public function test_steps_are_one_per_line_with_an_optional_spanish_version() {
		$steps = endorsement_navigator_parse_steps( "Talk to our Director of Endorsement | Hable con nuestra directora\r\n\r\n<b>Join</b> the association\n | Solo en español" );
		$this->assertSame(
			array(
				array(
					'en' => 'Talk to our Director of Endorsement',
					'es' => 'Hable con nuestra directora',
				),
				'Join the association',
				'Solo en español',
			),
			$steps
		);
		$this->assertSame( $steps, endorsement_navigator_parse_steps( endorsement_navigator_steps_text( $steps ) ) );
		$this->assertCount( 12, endorsement_navigator_parse_steps( str_repeat( "step\n", 20 ) ) );
	}

	public function test_settings_are_cleaned_field_by_field() {
		$clean = endorsement_navigator_clean_settings(
			array(
				'association'    => 'Lakeshore <em>AIMH</em>',
				'apply_url'      => 'javascript:alert(1)',
				'contact_email'  => 'endorsement@lakeshore.example',
				'credentials'    => array( 'imh' ),
				'tools'          => array( 'checker', 'nonsense' ),
				'lang'           => 'es',
				'membership_fee' => '$50 a year',
				'fees'           => array(
					'family_specialist' => array(
						'application' => '$85',
						'processing'  => '',
					),
					'not_a_category'    => array( 'application' => '$1' ),
				),
				'links'          => array(
					'exam_prep'     => 'https://lakeshore.example/exam',
					'rsc_directory' => 'javascript:alert(1)',
					'unknown'       => 'https://example.org',
				),
				'unknown_key'    => 'dropped',
			)
		);
		$this->assertSame( 'Lakeshore AIMH', $clean['association'] );
		$this->assertSame( '', $clean['apply_url'] );
		$this->assertSame( 'imh', $clean['credentials'] );
		$this->assertSame( 'checker', $clean['tools'] );
		$this->assertSame( array( 'family_specialist' => array( 'application' => '$85' ) ), $clean['fees'] );
		$this->assertSame( array( 'exam_prep' => 'https://lakeshore.example/exam' ), $clean['links'] );
		$this->assertArrayNotHasKey( 'unknown_key', $clean );
		$this->assertSame( $clean, endorsement_navigator_clean_settings( $clean ), 'cleaning is idempotent' );
	}

	public function test_the_settings_page_says_which_address_was_not_saved() {
		global $wp_settings_errors;
		$wp_settings_errors = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		endorsement_navigator_sanitize_settings(
			array(
				'apply_url'     => 'javascript:alert(1)',
				'contact_email' => 'nobody',
				'links'         => array( 'exam_prep' => 'exam.html' ),
			)
		);
		$codes = wp_list_pluck( get_settings_errors( ENDORSEMENT_NAVIGATOR_OPTION ), 'code' );
		$this->assertSame( array( 'endorsement-navigator-apply_url', 'endorsement-navigator-link-exam_prep', 'endorsement-navigator-contact_email' ), $codes );
	}

	public function test_rule_days_are_mm_dd_that_every_year_has_as_the_widget_reads_them() {
		$this->assertSame( '12-15', endorsement_navigator_sanitize_month_day( '12-15' ) );
		$this->assertSame( '01-31', endorsement_navigator_sanitize_month_day( ' 01-31 ' ) );
		$this->assertSame( '02-28', endorsement_navigator_sanitize_month_day( '02-28' ) );
		foreach ( array( '02-29', '13-01', '00-10', '12-32', '04-31', '1-15', '12/15', '12-1a', '+1-15', '1215', '2026-12-15', '', array( '12-15' ) ) as $bad ) {
			$this->assertSame( '', endorsement_navigator_sanitize_month_day( $bad ), 'refused: ' . wp_json_encode( $bad ) );
		}
	}

	public function test_rule_hours_are_a_number_from_0_to_the_renewal_training_hours() {
		$this->assertSame( 9, endorsement_navigator_sanitize_hours( ' 9 ' ) );
		$this->assertSame( 9, endorsement_navigator_sanitize_hours( '9.0' ), 'whole hours print as 9, not 9.0' );
		$this->assertSame( 4.5, endorsement_navigator_sanitize_hours( '4.5' ) );
		$this->assertSame( 45, endorsement_navigator_sanitize_hours( '45' ) );
		$this->assertSame( 0, endorsement_navigator_sanitize_hours( '' ), 'empty: none' );
		$this->assertSame( 0, endorsement_navigator_sanitize_hours( '0' ) );
		foreach ( array( '-1', '-0.5', '45.5', '46', 'nine', '9 hours', '1e400', 'INF', 'NAN', '0x10', array( 9 ) ) as $bad ) {
			$this->assertNull( endorsement_navigator_sanitize_hours( $bad ), 'refused: ' . wp_json_encode( $bad ) );
		}
	}

	public function test_rules_keep_known_categories_valid_days_and_hours() {
		$rules = endorsement_navigator_clean_rules(
			array(
				'ers_add_on_for'      => array( 'mental_health_specialist', 'not_a_category', 'reflective_supervisor', 'family_specialist', 'family_specialist' ),
				'renewal_deadline'    => '12-15',
				'window_opens'        => '02-29',
				'rsc_provision_hours' => '9',
				'unknown_rule'        => 'dropped',
			)
		);
		$this->assertSame(
			array(
				'ers_add_on_for'      => array( 'family_specialist', 'mental_health_specialist' ),
				'renewal_deadline'    => '12-15',
				'window_opens'        => '',
				'rsc_provision_hours' => 9,
			),
			$rules,
			'unknown categories and the add-ons themselves are dropped; the others in the widget\'s order'
		);
		$this->assertSame( $rules, endorsement_navigator_clean_rules( $rules ), 'cleaning is idempotent' );
		$this->assertSame( endorsement_navigator_default_settings()['rules'], endorsement_navigator_clean_rules( 'nonsense' ) );
	}

	public function test_rule_days_the_widget_would_drop_are_dropped_as_it_does() {
		$rules = static function ( $deadline, $opens ) {
			return endorsement_navigator_clean_rules(
				array(
					'renewal_deadline' => $deadline,
					'window_opens'     => $opens,
				)
			);
		};
		$days  = static function ( $r ) {
			return array( $r['renewal_deadline'], $r['window_opens'] );
		};
		$this->assertSame( array( '12-15', '11-01' ), $days( $rules( '12-15', '11-01' ) ) );
		$this->assertSame( array( '12-15', '12-15' ), $days( $rules( '12-15', '12-15' ) ), 'a window may open on the deadline' );
		$this->assertSame( array( '09-15', '08-01' ), $days( $rules( '09-15', '08-01' ) ), 'an early deadline with an earlier window' );
		$this->assertSame( array( '12-15', '' ), $days( $rules( '12-15', '12-20' ) ), 'a window after the deadline' );
		$this->assertSame( array( '', '' ), $days( $rules( '09-15', '' ) ), 'a deadline before 1 October without a window' );
		$this->assertSame( array( '', '' ), $days( $rules( '09-15', '10-05' ) ) );
		$this->assertSame( array( '', '' ), $days( $rules( '', '' ) ) );
	}

	/**
	 * Runs the settings page's sanitize callback on posted rules, with `$saved` saved before.
	 *
	 * @param array $posted The posted rules.
	 * @param array $saved  Rules saved before.
	 * @return array{0:array,1:string[]} The clean rules and the codes of the messages.
	 */
	private function post_rules( array $posted, array $saved = array() ) {
		global $wp_settings_errors;
		$wp_settings_errors = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$this->save( array( 'rules' => $saved ) );
		$clean = endorsement_navigator_sanitize_settings( array( 'rules' => $posted ) );
		return array( $clean['rules'], wp_list_pluck( get_settings_errors( ENDORSEMENT_NAVIGATOR_OPTION ), 'code' ) );
	}

	public function test_the_settings_page_saves_valid_rules_without_a_message() {
		list( $rules, $codes ) = $this->post_rules(
			array(
				'ers_add_on_for'      => array( 'family_specialist', 'bogus' ),
				'renewal_deadline'    => ' 12-15 ',
				'window_opens'        => '11-01',
				'rsc_provision_hours' => '9',
			)
		);
		$this->assertSame(
			array(
				'ers_add_on_for'      => array( 'family_specialist' ),
				'renewal_deadline'    => '12-15',
				'window_opens'        => '11-01',
				'rsc_provision_hours' => 9,
			),
			$rules
		);
		$this->assertSame( array(), $codes );

		list( $rules, $codes ) = $this->post_rules( array( 'renewal_deadline' => '' ), $rules );
		$this->assertSame( endorsement_navigator_default_settings()['rules'], $rules, 'emptied fields (and no box checked) go back to the standard rules' );
		$this->assertSame( array(), $codes );
	}

	public function test_the_settings_page_refuses_an_invalid_rule_says_so_and_keeps_the_previous_value() {
		$saved = array(
			'ers_add_on_for'      => array( 'mental_health_specialist' ),
			'renewal_deadline'    => '12-15',
			'window_opens'        => '11-15',
			'rsc_provision_hours' => 9,
		);
		list( $rules, $codes ) = $this->post_rules(
			array(
				'ers_add_on_for'      => array( 'family_specialist' ),
				'renewal_deadline'    => '02-29',
				'window_opens'        => '15-11',
				'rsc_provision_hours' => '-3',
			),
			$saved
		);
		$this->assertSame( array_merge( $saved, array( 'ers_add_on_for' => array( 'family_specialist' ) ) ), $rules, 'the valid change is saved, the invalid ones keep their values' );
		$this->assertSame( array( 'endorsement-navigator-renewal_deadline', 'endorsement-navigator-window_opens', 'endorsement-navigator-rsc_provision_hours' ), $codes );
		$messages = wp_list_pluck( get_settings_errors( ENDORSEMENT_NAVIGATOR_OPTION ), 'message' );
		$this->assertStringContainsString( '"02-29" is not a day of the year written MM-DD', $messages[0] );
		$this->assertStringContainsString( '"-3" is not a number of hours from 0 to 45', $messages[2] );

		list( $rules, $codes ) = $this->post_rules( array( 'rsc_provision_hours' => '46' ), $saved );
		$this->assertSame( 9, $rules['rsc_provision_hours'] );
		$this->assertSame( array( 'endorsement-navigator-rsc_provision_hours' ), $codes );

		list( $rules, $codes ) = $this->post_rules( array( 'renewal_deadline' => '<b>12-15</b>' ) );
		$this->assertSame( '', $rules['renewal_deadline'] );
		$messages = wp_list_pluck( get_settings_errors( ENDORSEMENT_NAVIGATOR_OPTION ), 'message' );
		$this->assertStringContainsString( '"&lt;b&gt;12-15&lt;/b&gt;"', $messages[0], 'what was typed is repeated, escaped' );
	}

	public function test_the_settings_page_refuses_a_window_that_opens_after_the_deadline() {
		$saved = array(
			'renewal_deadline' => '12-15',
			'window_opens'     => '11-01',
		);
		list( $rules, $codes ) = $this->post_rules(
			array(
				'renewal_deadline' => '11-15',
				'window_opens'     => '12-01',
			),
			$saved
		);
		$this->assertSame( array( '12-15', '11-01' ), array( $rules['renewal_deadline'], $rules['window_opens'] ), 'both days keep their values' );
		$this->assertSame( array( 'endorsement-navigator-renewal_window' ), $codes );

		list( $rules, $codes ) = $this->post_rules( array( 'renewal_deadline' => '09-15' ) );
		$this->assertSame( '', $rules['renewal_deadline'] );
		$this->assertSame( array( 'endorsement-navigator-renewal_window' ), $codes );
		$messages = wp_list_pluck( get_settings_errors( ENDORSEMENT_NAVIGATOR_OPTION ), 'message' );
		$this->assertStringContainsString( 'the window would open on 10-01, after the deadline, 09-15', $messages[0] );
	}

	public function test_the_profile_carries_the_rules_only_when_one_is_set() {
		$this->save(
			array(
				'membership_fee' => '$50',
				'rules'          => array( 'window_opens' => '' ),
			)
		);
		$this->assertArrayNotHasKey( 'rules', endorsement_navigator_profile( endorsement_navigator_get_settings() ) );
		$this->save( array( 'rules' => array( 'rsc_provision_hours' => '0' ) ) );
		$this->assertNull( endorsement_navigator_profile( endorsement_navigator_get_settings() ), 'no rule, no profile' );

		$this->save(
			array(
				'rules' => array(
					'ers_add_on_for'      => array( 'family_specialist', 'mental_health_specialist' ),
					'renewal_deadline'    => '12-15',
					'rsc_provision_hours' => '9',
				),
			)
		);
		$html = endorsement_navigator_render( array( 'association' => 'Lakeshore AIMH' ) );
		$this->assertTrue( (bool) preg_match( '#<script type="application/json">(.*)</script></endorsement-navigator>$#s', $html, $m ) );
		$this->assertSame( '{"profile":1,"rules":{"ers_add_on_for":["family_specialist","mental_health_specialist"],"renewal_deadline":"12-15","renewal_sub_requirements":[{"kind":"rsc_provision","hours":9,"of":"training","who":"rsc_providers"}]}}', $m[1] );

		$this->save(
			array(
				'rules' => array(
					'window_opens'        => '11-01',
					'rsc_provision_hours' => '4.5',
				),
			)
		);
		$this->assertSame(
			array(
				'window_opens'             => '11-01',
				'renewal_sub_requirements' => array(
					array(
						'kind'  => 'rsc_provision',
						'hours' => 4.5,
						'of'    => 'training',
						'who'   => 'rsc_providers',
					),
				),
			),
			endorsement_navigator_profile( endorsement_navigator_get_settings() )['rules']
		);
	}

	public function test_the_settings_page_shows_the_rules_with_labels_and_hints() {
		$this->save(
			array(
				'rules' => array(
					'ers_add_on_for'      => array( 'family_specialist' ),
					'renewal_deadline'    => '12-15',
					'rsc_provision_hours' => '9',
				),
			)
		);
		ob_start();
		endorsement_navigator_field_ers_add_on_for();
		endorsement_navigator_field_rule(
			array(
				'key'       => 'renewal_deadline',
				'type'      => 'text',
				'help'      => 'Hint.',
				'label_for' => 'endorsement-navigator-renewal_deadline',
			)
		);
		endorsement_navigator_field_rule(
			array(
				'key'       => 'window_opens',
				'type'      => 'text',
				'help'      => 'Hint.',
				'label_for' => 'endorsement-navigator-window_opens',
			)
		);
		endorsement_navigator_field_rule(
			array(
				'key'       => 'rsc_provision_hours',
				'type'      => 'number',
				'help'      => 'Hint.',
				'label_for' => 'endorsement-navigator-rsc_provision_hours',
			)
		);
		$html = ob_get_clean();
		$this->assertStringContainsString( '<fieldset aria-describedby="endorsement-navigator-rules-ers_add_on_for-help">', $html );
		$this->assertStringContainsString( '<input type="checkbox" id="endorsement-navigator-rules-ers_add_on_for-family_specialist" name="endorsement_navigator_settings[rules][ers_add_on_for][]" value="family_specialist" checked=\'checked\' /> <label for="endorsement-navigator-rules-ers_add_on_for-family_specialist">Family Specialist</label>', $html );
		$this->assertSame( 6, substr_count( $html, 'type="checkbox"' ), 'the six categories that may add ERS' );
		$this->assertStringNotContainsString( 'value="reflective_supervisor', $html );
		$this->assertStringContainsString( '<input type="text" id="endorsement-navigator-renewal_deadline" name="endorsement_navigator_settings[rules][renewal_deadline]" value="12-15" class="small-text" style="width:6em" placeholder="MM-DD" autocomplete="off" aria-describedby="endorsement-navigator-renewal_deadline-help" />', $html );
		$this->assertStringContainsString( 'name="endorsement_navigator_settings[rules][window_opens]" value=""', $html );
		$this->assertStringContainsString( '<input type="number" id="endorsement-navigator-rsc_provision_hours" name="endorsement_navigator_settings[rules][rsc_provision_hours]" value="9" class="small-text" min="0" max="45" step="any" aria-describedby="endorsement-navigator-rsc_provision_hours-help" />', $html );
		$this->assertStringContainsString( '<p class="description" id="endorsement-navigator-rsc_provision_hours-help">Hint.</p>', $html );
	}

	public function test_an_instance_merges_over_the_defaults_as_attributes_over_a_profile() {
		$defaults = array(
			'association'   => 'Lakeshore AIMH',
			'apply-url'     => 'https://lakeshore.example/apply',
			'contact-email' => 'endorsement@lakeshore.example',
			'credentials'   => 'imh',
			'tools'         => '',
			'lang'          => 'en',
		);
		$merged   = endorsement_navigator_merge_attributes(
			array(
				'association' => 'Lakeshore AIMH – Renewal desk',
				'tools'       => 'renewal',
				'apply_url'   => 'javascript:alert(1)',
				'lang'        => 'fr',
				'onclick'     => 'alert(1)',
				'today'       => '2026-12-02',
			),
			$defaults
		);
		$this->assertSame(
			array(
				'association'   => 'Lakeshore AIMH – Renewal desk',
				'apply-url'     => 'https://lakeshore.example/apply',
				'contact-email' => 'endorsement@lakeshore.example',
				'credentials'   => 'imh',
				'tools'         => 'renewal',
				'lang'          => 'en',
				'today'         => '2026-12-02',
			),
			$merged,
			'the instance wins; an invalid value keeps the default; unknown attributes are dropped'
		);
		$this->assertSame( array(), endorsement_navigator_merge_attributes( array(), array() ) );
	}

	public function test_the_profile_carries_what_has_no_attribute() {
		$this->assertNull( endorsement_navigator_profile( endorsement_navigator_get_settings() ) );
		$this->save(
			array(
				'association'    => 'Lakeshore AIMH',
				'contact_name'   => 'Director of Endorsement',
				'contact_email'  => 'endorsement@lakeshore.example',
				'membership_url' => 'https://lakeshore.example/join',
				'membership_fee' => '$50',
				'fees_url'       => 'https://lakeshore.example/fees',
				'fees'           => array( 'family_associate' => array( 'processing' => '$20' ) ),
				'steps'          => 'Talk to us first | Hable primero con nosotros',
				'links'          => array( 'rsc_directory' => 'https://lakeshore.example/rsc' ),
			)
		);
		$this->assertSame(
			array(
				'profile'    => 1,
				'contact'    => array(
					'name'  => 'Director of Endorsement',
					'email' => 'endorsement@lakeshore.example',
				),
				'membership' => array(
					'url' => 'https://lakeshore.example/join',
					'fee' => '$50',
				),
				'fees'       => array(
					'url'              => 'https://lakeshore.example/fees',
					'family_associate' => array( 'processing' => '$20' ),
				),
				'steps'      => array(
					array(
						'en' => 'Talk to us first',
						'es' => 'Hable primero con nosotros',
					),
				),
				'links'      => array( 'rsc_directory' => 'https://lakeshore.example/rsc' ),
			),
			endorsement_navigator_profile( endorsement_navigator_get_settings() )
		);
	}

	public function test_the_printed_element_is_escaped_and_its_profile_cannot_close_the_script() {
		$this->save(
			array(
				'association' => 'Lakeshore & Co',
				'steps'       => 'Read </script><script>alert(1)</script> carefully',
			)
		);
		$html = endorsement_navigator_render(
			array(
				'association' => '"><img src=x onerror=alert(1)> Harbor AIMH',
				'apply-url'   => 'https://harbor.example/apply?a=1&b="2"',
			)
		);
		$this->assertStringStartsWith( '<endorsement-navigator association="&quot;&gt; Harbor AIMH" apply-url="https://harbor.example/apply?a=1&amp;b=2" style="' . self::style() . '">', $html );
		$this->assertSame( 1, substr_count( $html, '<script' ), 'one script element: the profile' );
		$this->assertSame( 1, substr_count( $html, '</script>' ) );
		$this->assertStringNotContainsString( '<img', $html );
		$this->assertTrue( (bool) preg_match( '#<script type="application/json">(.*)</script></endorsement-navigator>$#s', $html, $m ) );
		$profile = json_decode( $m[1], true );
		$this->assertSame( array( 'Read carefully' ), $profile['steps'], 'markup is stripped from steps on saving' );
		$this->assertTrue( wp_script_is( 'endorsement-navigator', 'enqueued' ) );
	}

	public function test_the_reserved_height_follows_the_first_tool_and_the_language() {
		$this->assertFileExists( WP_PLUGIN_DIR . '/endorsement-navigator/includes/reserve.php', 'make dist writes it' );
		foreach ( array( 'category', 'checker', 'renewal' ) as $tool ) {
			foreach ( array( 'en', 'es' ) as $lang ) {
				$style = endorsement_navigator_reserve_style( array( 'tools' => $tool . ' category', 'lang' => $lang ) );
				$this->assertMatchesRegularExpression( '/^display:block;min-height:var\(--en-reserve,clamp\(\d+px,calc\(\d+px - 100vw\),\d+px\)\)$/', $style );
				$this->assertSame( self::style( $tool, $lang ), $style, "$tool $lang" );
			}
		}
		$this->assertSame( self::style(), endorsement_navigator_reserve_style( array() ) );
		$this->assertSame( self::style( 'renewal', 'es' ), endorsement_navigator_reserve_style( array( 'tools' => 'renewal checker', 'lang' => 'es' ) ) );
		$this->assertSame( self::style( 'checker', 'en' ), endorsement_navigator_reserve_style( array( 'tools' => 'checker', 'lang' => 'fr' ) ), 'an unknown language: English' );
	}

	public function test_a_step_that_looks_like_markup_stays_text_inside_the_json() {
		update_option( ENDORSEMENT_NAVIGATOR_OPTION, array( 'steps' => array( 'Use a < b and c > d' ) ) );
		$html = endorsement_navigator_render( array() );
		$this->assertStringNotContainsString( '< b', $html );
		$this->assertTrue( (bool) preg_match( '#<script type="application/json">(.*)</script>#s', $html, $m ) );
		$this->assertStringNotContainsString( '<', $m[1] );
	}

	public function test_an_instance_with_its_own_profile_file_does_not_get_the_site_profile() {
		$this->save( array( 'membership_fee' => '$50' ) );
		$html = endorsement_navigator_render( array( 'profile' => '/wp-content/uploads/harbor.json' ) );
		$this->assertSame( '<endorsement-navigator profile="/wp-content/uploads/harbor.json" style="' . self::style() . '"></endorsement-navigator>', $html );
	}

	public function test_the_shortcode_neutralises_hostile_attributes() {
		$this->save( array( 'apply_url' => 'https://lakeshore.example/apply' ) );
		$html = do_shortcode( '[endorsement_navigator association="<script>alert(1)</script>Evil" apply-url="javascript:alert(1)" tools="checker" onmouseover="alert(1)"]' );
		$this->assertSame( '<endorsement-navigator association="Evil" apply-url="https://lakeshore.example/apply" tools="checker" style="' . self::style( 'checker' ) . '"></endorsement-navigator>', $html );
	}

	public function test_the_block_renders_on_the_server_inside_its_wrapper() {
		$html = do_blocks( '<!-- wp:endorsement-navigator/navigator {"association":"Harbor AIMH","tools":"renewal","applyUrl":"javascript:alert(1)"} /-->' );
		$this->assertSame( '<div class="wp-block-endorsement-navigator-navigator"><endorsement-navigator association="Harbor AIMH" tools="renewal" style="' . self::style( 'renewal' ) . '"></endorsement-navigator></div>', trim( $html ) );
	}

	public function test_the_bare_element_survives_kses_for_an_author_without_its_dangerous_parts() {
		$author = get_user_by( 'login', 'author' );
		$this->assertInstanceOf( WP_User::class, $author );
		wp_set_current_user( $author->ID );
		$this->assertFalse( current_user_can( 'unfiltered_html' ) );
		$pasted = '<endorsement-navigator association="Harbor AIMH" apply-url="javascript:alert(1)" contact-email="a@harbor.example" credentials="imh" tools="checker renewal" lang="es" today="2026-12-02" storage="none" profile="/p.json" onclick="alert(1)"><script>alert(1)</script></endorsement-navigator>';
		$this->assertSame(
			'<endorsement-navigator association="Harbor AIMH" apply-url="alert(1)" contact-email="a@harbor.example" credentials="imh" tools="checker renewal" lang="es" today="2026-12-02" storage="none" profile="/p.json">alert(1)</endorsement-navigator>',
			wp_kses_post( $pasted )
		);
	}

	public function test_pasted_content_with_the_element_enqueues_the_script_and_other_content_does_not() {
		endorsement_navigator_enqueue_for_pasted_element( '<p>No widget here.</p>' );
		$this->assertFalse( wp_script_is( 'endorsement-navigator', 'enqueued' ) );
		$this->assertSame( '<ENDORSEMENT-NAVIGATOR></ENDORSEMENT-NAVIGATOR>', endorsement_navigator_enqueue_for_pasted_element( '<ENDORSEMENT-NAVIGATOR></ENDORSEMENT-NAVIGATOR>' ) );
		$this->assertTrue( wp_script_is( 'endorsement-navigator', 'enqueued' ) );
	}

	public function test_embed_js_comes_from_the_default_snippets_loader_and_other_scripts_are_untouched() {
		$snippet = json_decode( (string) file_get_contents( dirname( __DIR__, 3 ) . '/pkg/snippet.json' ), true );
		$loader  = require WP_PLUGIN_DIR . '/endorsement-navigator/includes/loader.php';
		$this->assertSame( $snippet['loader'], $loader, 'make dist writes the release\'s loader' );

		// As WordPress prints it: the address escaped for the attribute (&#038;).
		$src = 'https://x.example/embed.js?ver=1&#038;a=</script>';
		$tag = "<script src='" . $src . "' id='endorsement-navigator-js'></script>\n";
		$out = apply_filters( 'script_loader_tag', $tag, 'endorsement-navigator', $src );
		$this->assertSame( str_replace( '{src}', '"https://x.example/embed.js?ver=1\\u0026a=\\u003C/script\\u003E"', $loader ) . "\n", $out );
		$this->assertSame( 1, substr_count( $out, '</script' ), 'the address cannot close the script element' );

		// Under a Content-Security-Policy without inline scripts, the site turns the loader off.
		add_filter( 'endorsement_navigator_inline_loader', '__return_false' );
		$this->assertSame( "<script defer src='" . $src . "' id='endorsement-navigator-js'></script>\n", apply_filters( 'script_loader_tag', $tag, 'endorsement-navigator', $src ) );
		remove_filter( 'endorsement_navigator_inline_loader', '__return_false' );

		$other = "<script src='https://x.example/jquery.js?ver=1' id='jquery-js'></script>\n";
		$this->assertSame( $other, apply_filters( 'script_loader_tag', $other, 'jquery', 'https://x.example/jquery.js?ver=1' ) );
	}

	public function test_uninstall_removes_the_settings() {
		$this->save(
			array(
				'association' => 'Lakeshore AIMH',
				'rules'       => array( 'renewal_deadline' => '12-15' ),
			)
		);
		$this->assertNotFalse( get_option( ENDORSEMENT_NAVIGATOR_OPTION ) );
		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'endorsement-navigator/endorsement-navigator.php' );
		}
		include WP_PLUGIN_DIR . '/endorsement-navigator/uninstall.php';
		$this->assertFalse( get_option( ENDORSEMENT_NAVIGATOR_OPTION ) );
	}
}
