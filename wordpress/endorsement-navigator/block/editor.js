/**
 * The block's editor side, in plain JavaScript (no JSX, no build step). The block is rendered on the
 * server (render.php); in the editor it shows a placeholder that names what the page will show, and the
 * sidebar holds this instance's own values. Empty fields take the defaults from the settings page.
 */
( function ( wp ) {
	'use strict';

	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var blockEditor = wp.blockEditor;
	var components = wp.components;

	function textField( props, name, label, help, type ) {
		return el( components.TextControl, {
			label: label,
			help: help,
			type: type || 'text',
			value: props.attributes[ name ],
			onChange: function ( value ) {
				var change = {};
				change[ name ] = value;
				props.setAttributes( change );
			},
		} );
	}

	function selectField( props, name, label, options ) {
		return el( components.SelectControl, {
			label: label,
			value: props.attributes[ name ],
			options: options,
			onChange: function ( value ) {
				var change = {};
				change[ name ] = value;
				props.setAttributes( change );
			},
		} );
	}

	wp.blocks.registerBlockType( 'endorsement-navigator/navigator', {
		edit: function ( props ) {
			var a = props.attributes;
			var summary = a.association
				? a.association
				: __( 'Association name from Settings > Endorsement Navigator', 'endorsement-navigator' );
			return el(
				wp.element.Fragment,
				null,
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: __( 'This navigator', 'endorsement-navigator' ) },
						el( 'p', null, __( 'Leave a field empty to use the site-wide default.', 'endorsement-navigator' ) ),
						textField( props, 'association', __( 'Association name', 'endorsement-navigator' ) ),
						textField(
							props,
							'applyUrl',
							__( 'Apply URL', 'endorsement-navigator' ),
							__( 'Where applicants start their application (http or https).', 'endorsement-navigator' ),
							'url'
						),
						textField( props, 'contactEmail', __( 'Contact e-mail', 'endorsement-navigator' ), '', 'email' ),
						selectField( props, 'credentials', __( 'Credentials offered', 'endorsement-navigator' ), [
							{ value: '', label: __( 'Site default', 'endorsement-navigator' ) },
							{ value: 'imh ecmh', label: __( 'IMH-E and ECMH-E', 'endorsement-navigator' ) },
							{ value: 'imh', label: __( 'IMH-E only', 'endorsement-navigator' ) },
							{ value: 'ecmh', label: __( 'ECMH-E only', 'endorsement-navigator' ) },
						] ),
						textField(
							props,
							'tools',
							__( 'Tools', 'endorsement-navigator' ),
							__( 'Some of: category checker renewal, in the order to show them.', 'endorsement-navigator' )
						),
						selectField( props, 'lang', __( 'Language', 'endorsement-navigator' ), [
							{ value: '', label: __( 'Site default', 'endorsement-navigator' ) },
							{ value: 'en', label: 'English' },
							{ value: 'es', label: 'Español' },
						] ),
						textField(
							props,
							'profile',
							__( 'Profile file (optional)', 'endorsement-navigator' ),
							__( 'The address of a profile JSON file; it replaces the site-wide profile.', 'endorsement-navigator' ),
							'url'
						)
					)
				),
				el(
					'div',
					blockEditor.useBlockProps(),
					el(
						components.Placeholder,
						{
							icon: 'location-alt',
							label: __( 'Endorsement Navigator', 'endorsement-navigator' ),
							instructions: __(
								'The navigator appears here on the published page. Its settings are in the block sidebar.',
								'endorsement-navigator'
							),
						},
						el( 'p', null, summary )
					)
				)
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp );
