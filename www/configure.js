// Endorsement Navigator — the configurator (configure.html), the webmaster's page.
//
// A form for every attribute of <endorsement-navigator> and every field of the association profile
// (CONTRACT §1), a live preview of the real widget (loaded by embed.js from this folder), and the three
// results to copy: the default snippet, the profile JSON and the WordPress shortcode.
//
// What people type is checked by the widget's own code: the glue's `validate_setup` export, the same reading
// the element does. A field the widget would ignore is marked beside the field and left out of the preview
// and of every result, so a `javascript:` address can never reach a snippet.
//
// Host pages never load this file: only configure.html names it.
(function () {
  'use strict';

  // The glue module, relative to this script; `make dist` rewrites the name to the content-hashed one that
  // embed.js imports (the same URL, so both share one module and one wasm instance).
  var GLUE_FILE = 'endorsement_navigator.js';
  var SCRIPT_URL = (document.currentScript && document.currentScript.src) || document.baseURI;
  // The folder as CONTRACT §1 writes it in the default snippet; the webmaster replaces this one string.
  var FOLDER = 'https://example.org/endorsement-navigator/';
  var PROFILE_FILE = 'navigator-profile.json';
  var STORE_KEY = 'endorsement-navigator-configurator';
  var ATTRIBUTES = ['association', 'apply-url', 'contact-email', 'credentials', 'tools', 'lang', 'today', 'storage', 'profile'];
  var TOOLS = ['category', 'checker', 'renewal'];
  var CATEGORIES = [
    'family_associate', 'family_specialist', 'mental_health_specialist', 'mentor_clinical', 'mentor_policy',
    'mentor_research_faculty', 'reflective_supervisor', 'reflective_supervisor_emerging',
  ];
  // Holders of these may add the Endorsed Reflective Supervisor add-on (the ERS categories themselves are not).
  var ERS_BASES = CATEGORIES.slice(0, 6);
  var LINKS = ['rsc_directory', 'exam_prep', 'renewal', 'office_hours'];
  // The default snippet reserves the first screen's height at first paint with an inline style on the
  // element (its height follows the page's width), per first tool and language. The values are measured by
  // the build (scripts/placeholder-heights.mjs) into snippet.json, next to this script in pkg/ and in the
  // release: `{ style: '…{reserve}…', reserve: { <tool>: { <lang>: 'clamp(…)' } }, loader: '<script>…{src}…' }`.
  // Null until it is read.
  var SNIPPET_FILE = 'snippet.json';
  var SNIPPET = null;

  // The page's words. Category, credential and tool names are the widget's own (src/i18n/*.txt).
  var TEXT = {
    en: {
      title: 'Set up the Endorsement Navigator',
      intro: 'Fill in what your association offers. The preview shows the real widget as your visitors will see it, and the code to paste into your website is at the end of the form.',
      skip_preview: 'Skip to the preview',
      lang_switch: 'Language of this page',
      preview_title: 'Preview',
      preview_hint: 'The real widget, with what you have entered. Answers you give here stay in this browser.',
      results_title: 'Copy the result',
      snippet_title: '1. The code for your page',
      snippet_hint: 'Paste it where the widget should appear, for example in an HTML block of your site builder. Its script loads the widget once your page has been drawn, and its style attribute keeps the widget\'s space free meanwhile, so your page is drawn as fast as without it and nothing on it moves.',
      csp_hint: 'If your site sends a strict Content-Security-Policy (no inline scripts, style-src \'self\'), put <script src="…/embed.js" defer></script> before the element in place of the script after it, leave out the style attribute, and put this rule in your site\'s stylesheet instead:',
      profile_title: '2. The profile (JSON)',
      profile_hint: 'Your association\'s own facts: fees, next steps, links and rules. Upload the file next to the page that shows the widget and give its address in the profile attribute (the code above does). Or paste it inside the element as a script of type application/json (choose "Inside the code" under Publishing).',
      shortcode_title: '3. The WordPress shortcode',
      shortcode_hint: 'With the Endorsement Navigator plugin installed, paste it into a Shortcode block. The plugin serves the widget\'s files itself; its settings page (Settings > Endorsement Navigator) gives the defaults of every instance.',
      copy_snippet: 'Copy the code',
      copy_profile: 'Copy the profile',
      download_profile: 'Download navigator-profile.json',
      copy_shortcode: 'Copy the shortcode',
      copied: 'Copied.',
      copy_failed: 'Copying is not allowed here: select the text and copy it yourself.',
      start_over: 'Start over',
      start_over_confirm: 'Clear every field and start over?',
      problems: 'Some values are not used (see the fields marked above):',
      no_checks: 'The widget\'s checks could not be loaded, so the values are not checked. Reload the page, or check that embed.js and its files are in this folder.',
      sec_association: 'Your association',
      sec_offer: 'What the widget offers',
      sec_membership: 'Membership and fees',
      sec_steps: 'Your next steps',
      sec_steps_hint: 'Short texts added to the next steps the widget gives, in this order. The Spanish text is optional; without it the English one is shown.',
      sec_links: 'Links',
      sec_links_hint: 'Shown where they help. Web addresses starting with https:// or http://.',
      sec_rules: 'Your association\'s rules',
      sec_rules_hint: 'Only where your association differs from the usual rules. The widget names your association where a rule changes an answer.',
      sec_publish: 'Publishing',
      sec_testing: 'For testing',
      f_association: 'Association name',
      h_association: 'As visitors know it, e.g. "Lakeshore Association for Infant Mental Health". Shown as "Offered by …".',
      'f_apply-url': 'Application address',
      'h_apply-url': 'Where applicants start their application (https:// or http://). Without it the widget gives no application link.',
      'f_contact-email': 'Contact e-mail',
      'h_contact-email': 'Where visitors write with questions, e.g. endorsement@example.org.',
      'f_profile.contact.name': 'Contact name',
      'h_profile.contact.name': 'A person or team, e.g. "Director of Endorsement".',
      f_credentials: 'Credentials you offer',
      h_credentials: 'Visitors are told plainly about a credential you do not offer and where to go instead.',
      f_tools: 'Tools to show',
      h_tools: 'Each tool is a tab.',
      f_tools_first: 'Tool shown first',
      f_lang: 'Language',
      h_lang: 'Visitors can read the widget in English or Spanish.',
      lang_page: 'The host page\'s language',
      f_storage: 'Keeping answers',
      h_storage: 'Whether visitors\' answers stay in their browser between visits. Nothing is ever sent anywhere.',
      storage_local: 'Keep them in the visitor\'s browser',
      storage_none: 'Do not keep them',
      'f_profile.membership.url': 'Where to join',
      'h_profile.membership.url': 'Your membership page. Endorsement needs a current membership.',
      'f_profile.membership.fee': 'Membership fee',
      'h_profile.membership.fee': 'In your own words, e.g. "$50 a year".',
      'f_profile.fees.url': 'Fees page',
      'h_profile.fees.url': 'A page listing your endorsement fees.',
      fees_by_category: 'Fees by category',
      fees_by_category_hint: 'In your own words, e.g. "$85". Leave empty what you do not charge or do not want to show.',
      f_application: 'Application fee',
      f_processing: 'Processing fee',
      step: 'Step {n}',
      f_step_en: 'Text (English)',
      f_step_es: 'Text (Spanish, optional)',
      add_step: 'Add a step',
      remove_step: 'Remove step {n}',
      'f_profile.links.rsc_directory': 'RSC provider directory',
      'f_profile.links.exam_prep': 'Exam preparation',
      'f_profile.links.renewal': 'Renewal information',
      'f_profile.links.office_hours': 'Office hours',
      'f_profile.rules.ers_add_on_for': 'Who may add Endorsed Reflective Supervisor',
      'h_profile.rules.ers_add_on_for': 'Holders of these categories may add the ERS add-on. None chosen: holders of any category.',
      'f_profile.rules.renewal_deadline': 'Renewal deadline',
      'h_profile.rules.renewal_deadline': 'Month and day as MM-DD, e.g. 12-15. Empty: 31 December.',
      'f_profile.rules.window_opens': 'Renewal window opens',
      'h_profile.rules.window_opens': 'Month and day as MM-DD, before the deadline. Empty: 1 October.',
      'f_profile.rules.renewal_sub_requirements': 'Renewal hours for people who provide RSC',
      'h_profile.rules.renewal_sub_requirements': 'Hours of a kind of training that people who provide reflective supervision/consultation (RSC) must include within their renewal training hours.',
      sub_requirement: 'Requirement {n}',
      f_sub_hours: 'Hours',
      f_sub_kind: 'Kind of training',
      kind_rsc_provision: 'On providing RSC',
      kind_psychotherapy: 'Psychotherapy',
      add_sub_requirement: 'Add a requirement',
      remove_sub_requirement: 'Remove requirement {n}',
      f_folder: 'Address of the widget\'s folder',
      h_folder: 'Where you uploaded the folder with embed.js, ending in /.',
      f_profile_place: 'Where the profile goes',
      place_file: 'In a file next to the page',
      place_inline: 'Inside the code',
      f_profile_url: 'Address of the profile file',
      h_profile_url: 'Relative to the page that shows the widget, or a full address.',
      f_open: 'Start from a profile you already have (optional)',
      h_open: 'Choose a navigator-profile.json made here before: its fields fill the form.',
      open_failed: 'This file is not a profile in JSON ({"profile": 1, …}); nothing was changed.',
      f_today: 'Pretend today is',
      h_today: 'Only for this preview, to see deadlines as on another day. It is not part of the results.',
      folder_invalid: 'Not a web address starting with https:// or http://; the example address is used instead.',
      none_chosen_credentials: 'Choose at least one credential; with none chosen both are offered.',
      none_chosen_tools: 'Choose at least one tool; with none chosen all three are shown.',
      es_prefix: '',
    },
    es: {
      title: 'Configurar el Navegador de Endorsement',
      intro: 'Indique lo que ofrece su asociación. La vista previa muestra el widget real tal como lo verán sus visitantes, y el código para pegar en su sitio web está al final del formulario.',
      skip_preview: 'Ir a la vista previa',
      lang_switch: 'Idioma de esta página',
      preview_title: 'Vista previa',
      preview_hint: 'El widget real, con lo que usted ha indicado. Las respuestas que dé aquí se quedan en este navegador.',
      results_title: 'Copiar el resultado',
      snippet_title: '1. El código para su página',
      snippet_hint: 'Péguelo donde debe aparecer el widget, por ejemplo en un bloque HTML de su editor de sitios. Su script carga el widget una vez dibujada su página, y su atributo style reserva mientras tanto el espacio del widget: su página se dibuja tan rápido como sin él y nada se mueve en ella.',
      csp_hint: 'Si su sitio envía una Content-Security-Policy estricta (sin scripts en línea, style-src \'self\'), ponga <script src="…/embed.js" defer></script> antes del elemento en lugar del script que lo sigue, quite el atributo style y ponga esta regla en la hoja de estilos de su sitio:',
      profile_title: '2. El perfil (JSON)',
      profile_hint: 'Los datos propios de su asociación: cuotas, próximos pasos, enlaces y reglas. Suba el archivo junto a la página que muestra el widget e indique su dirección en el atributo profile (el código de arriba lo hace). O péguelo dentro del elemento como un script de tipo application/json (elija «Dentro del código» en Publicación).',
      shortcode_title: '3. El shortcode de WordPress',
      shortcode_hint: 'Con el plugin Endorsement Navigator instalado, péguelo en un bloque Shortcode. El plugin sirve él mismo los archivos del widget; su página de ajustes (Ajustes > Endorsement Navigator) da los valores por defecto de cada instancia.',
      copy_snippet: 'Copiar el código',
      copy_profile: 'Copiar el perfil',
      download_profile: 'Descargar navigator-profile.json',
      copy_shortcode: 'Copiar el shortcode',
      copied: 'Copiado.',
      copy_failed: 'Aquí no se permite copiar: seleccione el texto y cópielo usted.',
      start_over: 'Empezar de nuevo',
      start_over_confirm: '¿Borrar todos los campos y empezar de nuevo?',
      problems: 'Algunos valores no se usan (vea los campos marcados arriba):',
      no_checks: 'No se pudieron cargar las comprobaciones del widget, así que los valores no se comprueban. Vuelva a cargar la página o compruebe que embed.js y sus archivos están en esta carpeta.',
      sec_association: 'Su asociación',
      sec_offer: 'Lo que ofrece el widget',
      sec_membership: 'Membresía y cuotas',
      sec_steps: 'Sus próximos pasos',
      sec_steps_hint: 'Textos breves que se añaden a los próximos pasos que da el widget, en este orden. El texto en español es opcional; sin él se muestra el inglés.',
      sec_links: 'Enlaces',
      sec_links_hint: 'Se muestran donde son útiles. Direcciones web que empiezan por https:// o http://.',
      sec_rules: 'Las reglas de su asociación',
      sec_rules_hint: 'Solo donde su asociación se aparta de las reglas habituales. El widget nombra a su asociación donde una regla cambia una respuesta.',
      sec_publish: 'Publicación',
      sec_testing: 'Para pruebas',
      f_association: 'Nombre de la asociación',
      h_association: 'Como la conocen sus visitantes, p. ej. «Asociación Lakeshore para la Salud Mental Infantil». Se muestra como «Ofrecido por …».',
      'f_apply-url': 'Dirección para presentar la solicitud',
      'h_apply-url': 'Donde los solicitantes empiezan su solicitud (https:// o http://). Sin ella, el widget no da ningún enlace para solicitar.',
      'f_contact-email': 'Correo electrónico de contacto',
      'h_contact-email': 'Adonde escriben los visitantes con sus preguntas, p. ej. endorsement@example.org.',
      'f_profile.contact.name': 'Nombre de contacto',
      'h_profile.contact.name': 'Una persona o un equipo, p. ej. «Dirección de Endorsement».',
      f_credentials: 'Credenciales que ofrece',
      h_credentials: 'A los visitantes se les dice con claridad qué credencial no ofrece usted y adónde dirigirse.',
      f_tools: 'Herramientas que se muestran',
      h_tools: 'Cada herramienta es una pestaña.',
      f_tools_first: 'Herramienta que se muestra primero',
      f_lang: 'Idioma',
      h_lang: 'Los visitantes pueden leer el widget en inglés o en español.',
      lang_page: 'El idioma de la página',
      f_storage: 'Conservar las respuestas',
      h_storage: 'Si las respuestas de los visitantes se quedan en su navegador entre visitas. Nunca se envía nada.',
      storage_local: 'Conservarlas en el navegador del visitante',
      storage_none: 'No conservarlas',
      'f_profile.membership.url': 'Dónde hacerse miembro',
      'h_profile.membership.url': 'Su página de membresía. El aval requiere una membresía vigente.',
      'f_profile.membership.fee': 'Cuota de membresía',
      'h_profile.membership.fee': 'Con sus propias palabras, p. ej. «50 $ al año».',
      'f_profile.fees.url': 'Página de cuotas',
      'h_profile.fees.url': 'Una página con las cuotas del aval.',
      fees_by_category: 'Cuotas por categoría',
      fees_by_category_hint: 'Con sus propias palabras, p. ej. «85 $». Deje vacío lo que no cobra o no quiere mostrar.',
      f_application: 'Cuota de solicitud',
      f_processing: 'Cuota de tramitación',
      step: 'Paso {n}',
      f_step_en: 'Texto (inglés)',
      f_step_es: 'Texto (español, opcional)',
      add_step: 'Añadir un paso',
      remove_step: 'Quitar el paso {n}',
      'f_profile.links.rsc_directory': 'Directorio de proveedores de RSC',
      'f_profile.links.exam_prep': 'Preparación para el examen',
      'f_profile.links.renewal': 'Información sobre la renovación',
      'f_profile.links.office_hours': 'Horario de atención',
      'f_profile.rules.ers_add_on_for': 'Quién puede añadir Supervisor/a Reflexivo/a Avalado/a',
      'h_profile.rules.ers_add_on_for': 'Quienes tienen estas categorías pueden añadir el complemento ERS. Si no elige ninguna: quienes tienen cualquier categoría.',
      'f_profile.rules.renewal_deadline': 'Fecha límite de renovación',
      'h_profile.rules.renewal_deadline': 'Mes y día como MM-DD, p. ej. 12-15. Vacío: 31 de diciembre.',
      'f_profile.rules.window_opens': 'Apertura del plazo de renovación',
      'h_profile.rules.window_opens': 'Mes y día como MM-DD, antes de la fecha límite. Vacío: 1 de octubre.',
      'f_profile.rules.renewal_sub_requirements': 'Horas de renovación para quienes proveen RSC',
      'h_profile.rules.renewal_sub_requirements': 'Horas de un tipo de capacitación que quienes proveen supervisión/consulta reflexiva (RSC) deben incluir dentro de sus horas de capacitación para la renovación.',
      sub_requirement: 'Requisito {n}',
      f_sub_hours: 'Horas',
      f_sub_kind: 'Tipo de capacitación',
      kind_rsc_provision: 'Sobre cómo proveer RSC',
      kind_psychotherapy: 'Psicoterapia',
      add_sub_requirement: 'Añadir un requisito',
      remove_sub_requirement: 'Quitar el requisito {n}',
      f_folder: 'Dirección de la carpeta del widget',
      h_folder: 'Donde subió la carpeta con embed.js, terminada en /.',
      f_profile_place: 'Dónde va el perfil',
      place_file: 'En un archivo junto a la página',
      place_inline: 'Dentro del código',
      f_profile_url: 'Dirección del archivo del perfil',
      h_profile_url: 'Relativa a la página que muestra el widget, o una dirección completa.',
      f_open: 'Empezar con un perfil que ya tiene (opcional)',
      h_open: 'Elija un navigator-profile.json creado aquí antes: sus campos rellenan el formulario.',
      open_failed: 'Este archivo no es un perfil en JSON ({"profile": 1, …}); no se ha cambiado nada.',
      f_today: 'Suponer que hoy es',
      h_today: 'Solo para esta vista previa, para ver las fechas límite como en otro día. No forma parte de los resultados.',
      folder_invalid: 'No es una dirección web que empiece por https:// o http://; se usa la dirección de ejemplo.',
      none_chosen_credentials: 'Elija al menos una credencial; si no elige ninguna, se ofrecen las dos.',
      none_chosen_tools: 'Elija al menos una herramienta; si no elige ninguna, se muestran las tres.',
      // The widget's checks answer in English; the page says in Spanish what kind of value is not used.
      invalid_url: 'Esta dirección no se usará: debe ser una dirección web que empiece por https:// o http://.',
      invalid_email: 'Esta dirección no se usará: no es un correo electrónico como nombre@ejemplo.org.',
      invalid_mmdd: 'Esta fecha no se usará: escriba el mes y el día como MM-DD, p. ej. 12-15.',
      invalid_other: 'Este valor no se usará.',
    },
    shared: {
      credential_imh: 'IMH-E®',
      credential_ecmh: 'ECMH-E®',
    },
  };
  // The widget's own names (src/i18n/en.txt and es.txt).
  var WIDGET_WORDS = {
    en: {
      tool: { category: 'Find my category', checker: 'Check requirements', renewal: 'Plan my renewal' },
      category: {
        family_associate: 'Family Associate',
        family_specialist: 'Family Specialist',
        mental_health_specialist: 'Mental Health Specialist',
        mentor_clinical: 'Mental Health Mentor – Clinical',
        mentor_policy: 'Mental Health Mentor – Policy',
        mentor_research_faculty: 'Mental Health Mentor – Research/Faculty',
        reflective_supervisor: 'Endorsed Reflective Supervisor (add-on)',
        reflective_supervisor_emerging: 'Endorsed Reflective Supervisor – Emerging status',
      },
    },
    es: {
      tool: { category: 'Encontrar mi categoría', checker: 'Revisar requisitos', renewal: 'Planear mi renovación' },
      category: {
        family_associate: 'Asociado/a Familiar',
        family_specialist: 'Especialista Familiar',
        mental_health_specialist: 'Especialista en Salud Mental',
        mentor_clinical: 'Mentor/a en Salud Mental – Clínico',
        mentor_policy: 'Mentor/a en Salud Mental – Políticas',
        mentor_research_faculty: 'Mentor/a en Salud Mental – Investigación/Docencia',
        reflective_supervisor: 'Supervisor/a Reflexivo/a Avalado/a (complemento)',
        reflective_supervisor_emerging: 'Supervisor/a Reflexivo/a Avalado/a – estatus emergente',
      },
    },
  };

  var lang = 'en';
  function t(key, n) {
    var text = TEXT[lang][key] || TEXT.en[key] || TEXT.shared[key] || key;
    return n === undefined ? text : text.replace('{n}', String(n));
  }

  // ------------------------------------------------------------------------------------------ building
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : value);
    });
    (children || []).forEach(function (child) {
      if (child) node.append(child);
    });
    return node;
  }
  function idOf(key) {
    return 'cf-' + key.replace(/[^a-z0-9_]+/gi, '-');
  }

  // Every field that can carry an error, by its key: the `field` name validate_setup uses
  // ("apply-url", "profile.membership.url", "profile.steps.0.en", …) or the page's own ("folder").
  var fields = {};
  // Elements whose text follows the page's language: [node, key, n, attribute].
  var texts = [];
  function say(node, key, n, attribute) {
    texts.push([node, key, n, attribute]);
    if (attribute) node.setAttribute(attribute, t(key, n));
    else node.textContent = t(key, n);
    return node;
  }

  // A labelled input with its hint and the place for its error.
  function input(key, options) {
    options = options || {};
    var id = idOf(key);
    var control;
    if (options.choices) {
      control = el('select', { id: id, name: key });
      options.choices.forEach(function (choice) {
        var option = el('option', { value: choice[0] });
        if (choice[2]) option.textContent = choice[1];
        else say(option, choice[1]);
        control.append(option);
      });
    } else {
      control = el('input', {
        id: id,
        name: key,
        type: options.type || 'text',
        inputmode: options.inputmode,
        autocomplete: 'off',
        spellcheck: options.type === 'url' || options.type === 'email' ? 'false' : null,
        placeholder: options.placeholder,
        min: options.min,
        step: options.step,
      });
    }
    var label = say(el('label', { for: id }), options.label || 'f_' + key, options.n);
    var hintKey = options.hint === undefined ? 'h_' + key : options.hint;
    var hint = hintKey && (TEXT.en[hintKey] ? say(el('p', { class: 'cf-hint', id: id + '-hint' }), hintKey) : null);
    var error = el('p', { class: 'cf-error', id: id + '-error', hidden: true });
    var wrap = el('div', { class: 'cf-field' + (options.wide ? ' cf-field--wide' : '') }, [label, hint, control, error]);
    fields[key] = { control: control, error: error, hint: hint, kind: options.kind || options.type || 'text' };
    describe(key);
    return wrap;
  }

  // A group of checkboxes (or radio buttons) in a fieldset; the error goes inside the fieldset.
  function choices(key, type, items, hintKey) {
    var id = idOf(key);
    var legend = say(el('legend'), 'f_' + key);
    var hint = hintKey !== null && TEXT.en[hintKey || 'h_' + key]
      ? say(el('p', { class: 'cf-hint', id: id + '-hint' }), hintKey || 'h_' + key)
      : null;
    var list = el('div', { class: 'cf-choices' });
    items.forEach(function (item) {
      var box = el('input', { type: type, id: id + '-' + item[0], name: key, value: item[0] });
      var label = el('label', { for: box.id });
      if (typeof item[1] === 'function') {
        texts.push([label, item[1]]);
        label.textContent = item[1]();
      } else {
        say(label, item[1]);
      }
      list.append(el('div', { class: 'cf-choice' }, [box, label]));
    });
    var error = el('p', { class: 'cf-error', id: id + '-error', hidden: true });
    var set = el('fieldset', { class: 'cf-fieldset', id: id }, [legend, hint, list, error]);
    fields[key] = { control: set, error: error, hint: hint, kind: 'choice' };
    describe(key);
    return set;
  }

  function describe(key) {
    var f = fields[key];
    var ids = [];
    if (f.hint) ids.push(f.hint.id);
    if (!f.error.hidden) ids.push(f.error.id);
    if (ids.length) f.control.setAttribute('aria-describedby', ids.join(' '));
    else f.control.removeAttribute('aria-describedby');
    if (f.error.hidden) f.control.removeAttribute('aria-invalid');
    else if (f.control.tagName !== 'FIELDSET') f.control.setAttribute('aria-invalid', 'true');
  }

  function section(titleKey, hintKey, children) {
    var id = 'cf-sec-' + titleKey;
    return el('section', { class: 'cf-section', 'aria-labelledby': id }, [
      say(el('h2', { id: id }), titleKey),
      hintKey ? say(el('p', { class: 'cf-hint' }), hintKey) : null,
    ].concat(children));
  }

  function categoryName(id) {
    return function () {
      return WIDGET_WORDS[lang].category[id];
    };
  }
  function toolName(id) {
    return function () {
      return WIDGET_WORDS[lang].tool[id];
    };
  }

  // Repeatable rows (steps, renewal sub-requirements): `make(i)` builds row i's fields.
  function list(key, addKey, removeKey, rowKey, make) {
    var rows = el('ol', { class: 'cf-rows', id: idOf(key) });
    var add = say(el('button', { type: 'button', class: 'cf-button cf-button--quiet' }), addKey);
    add.addEventListener('click', function () {
      addRow();
      var inputs = rows.lastElementChild && rows.lastElementChild.querySelector('input, select');
      if (inputs) inputs.focus();
      changed();
    });
    function addRow(values) {
      var i = rows.children.length;
      var heading = say(el('h3', { class: 'cf-row__title' }), rowKey, i + 1);
      var remove = say(el('button', { type: 'button', class: 'cf-button cf-button--quiet cf-row__remove' }), removeKey, i + 1);
      var row = el('li', { class: 'cf-row' }, [heading].concat(make(i), [remove]));
      remove.addEventListener('click', function () {
        var values = readRows().filter(function (_, j) { return j !== i; });
        setRows(values);
        (rows.children[i] ? rows.children[i].querySelector('input, select') : add).focus();
        changed();
      });
      rows.append(row);
      if (values) Object.keys(values).forEach(function (name) {
        var control = row.querySelector('[data-part="' + name + '"]');
        if (control) control.value = values[name];
      });
    }
    function readRows() {
      return Array.prototype.map.call(rows.children, function (row) {
        var values = {};
        row.querySelectorAll('[data-part]').forEach(function (control) {
          values[control.getAttribute('data-part')] = control.value;
        });
        return values;
      });
    }
    function setRows(values) {
      // Forget the removed rows' fields and texts before building them anew.
      Object.keys(fields).forEach(function (k) {
        if (k.indexOf(key + '.') === 0) delete fields[k];
      });
      texts = texts.filter(function (entry) { return !rows.contains(entry[0]); });
      rows.replaceChildren();
      values.forEach(addRow);
    }
    lists[key] = { read: readRows, set: setRows };
    return el('div', { class: 'cf-list' }, [rows, add]);
  }
  var lists = {};

  function part(node, name) {
    var control = node.querySelector('input, select');
    control.setAttribute('data-part', name);
    return node;
  }

  function build(form) {
    var offerTools = TOOLS.map(function (tool) { return [tool, toolName(tool)]; });
    var fees = CATEGORIES.map(function (category) {
      var legend = el('legend');
      texts.push([legend, categoryName(category)]);
      legend.textContent = categoryName(category)();
      return el('fieldset', { class: 'cf-fieldset cf-fees' }, [
        legend,
        input('profile.fees.' + category + '.application', { label: 'f_application', hint: null }),
        input('profile.fees.' + category + '.processing', { label: 'f_processing', hint: null }),
      ]);
    });
    var feesHint = say(el('p', { class: 'cf-hint' }), 'fees_by_category_hint');
    var feesBox = el('details', { class: 'cf-details' }, [say(el('summary'), 'fees_by_category'), feesHint].concat(fees));

    form.append(
      opener(),
      section('sec_association', null, [
        input('association', { wide: true }),
        input('apply-url', { type: 'url', placeholder: 'https://', wide: true }),
        input('contact-email', { type: 'email' }),
        input('profile.contact.name'),
      ]),
      section('sec_offer', null, [
        choices('credentials', 'checkbox', [['imh', 'credential_imh'], ['ecmh', 'credential_ecmh']]),
        choices('tools', 'checkbox', offerTools),
        input('tools_first', { label: 'f_tools_first', hint: null, choices: TOOLS.map(function (tool) { return [tool, WIDGET_WORDS.en.tool[tool], true]; }) }),
        input('lang', { choices: [['', 'lang_page'], ['en', 'English', true], ['es', 'Español', true]] }),
        input('storage', { choices: [['local', 'storage_local'], ['none', 'storage_none']] }),
      ]),
      section('sec_membership', null, [
        input('profile.membership.url', { type: 'url', placeholder: 'https://', wide: true }),
        input('profile.membership.fee'),
        input('profile.fees.url', { type: 'url', placeholder: 'https://', wide: true }),
        feesBox,
      ]),
      section('sec_steps', 'sec_steps_hint', [
        list('profile.steps', 'add_step', 'remove_step', 'step', function (i) {
          return [
            part(input('profile.steps.' + i + '.en', { label: 'f_step_en', hint: null, wide: true }), 'en'),
            part(input('profile.steps.' + i + '.es', { label: 'f_step_es', hint: null, wide: true }), 'es'),
          ];
        }),
      ]),
      section('sec_links', 'sec_links_hint', LINKS.map(function (link) {
        return input('profile.links.' + link, { type: 'url', placeholder: 'https://', hint: null, wide: true });
      })),
      section('sec_rules', 'sec_rules_hint', [
        choices('profile.rules.ers_add_on_for', 'checkbox', ERS_BASES.map(function (c) { return [c, categoryName(c)]; })),
        input('profile.rules.renewal_deadline', { placeholder: 'MM-DD', kind: 'mmdd' }),
        input('profile.rules.window_opens', { placeholder: 'MM-DD', kind: 'mmdd' }),
        el('div', { class: 'cf-field cf-field--wide' }, [
          say(el('h3', { class: 'cf-subtitle' }), 'f_profile.rules.renewal_sub_requirements'),
          say(el('p', { class: 'cf-hint' }), 'h_profile.rules.renewal_sub_requirements'),
          list('profile.rules.renewal_sub_requirements', 'add_sub_requirement', 'remove_sub_requirement', 'sub_requirement', function (i) {
            var base = 'profile.rules.renewal_sub_requirements.' + i;
            return [
              part(input(base + '.hours', { label: 'f_sub_hours', hint: null, type: 'number', min: '0', step: 'any', inputmode: 'decimal' }), 'hours'),
              part(input(base + '.kind', { label: 'f_sub_kind', hint: null, choices: [['rsc_provision', 'kind_rsc_provision'], ['psychotherapy', 'kind_psychotherapy']] }), 'kind'),
            ];
          }),
        ]),
      ]),
      section('sec_publish', null, [
        input('folder', { type: 'url', label: 'f_folder', hint: 'h_folder', wide: true, kind: 'url' }),
        choices('profile_place', 'radio', [['file', 'place_file'], ['inline', 'place_inline']], null),
        input('profile_url', { label: 'f_profile_url', hint: 'h_profile_url', wide: true, kind: 'url' }),
      ]),
      el('details', { class: 'cf-details cf-section' }, [
        say(el('summary'), 'sec_testing'),
        input('today', { type: 'date' }),
      ]),
      el('p', { class: 'cf-actions' }, [startOver()])
    );
    // The first tool may only be one of the tools shown.
    fields.tools_first.control.parentNode.classList.add('cf-field--sub');
    fields.profile_url.control.value = PROFILE_FILE;
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
  }

  // Reading a profile back into the form. What the widget would refuse is refused again once it is in.
  function opener() {
    var wrap = input('open', { type: 'file' });
    var control = fields.open.control;
    control.setAttribute('accept', 'application/json,.json');
    fields.open.kind = 'file';
    control.addEventListener('change', function (event) {
      event.stopPropagation();
      var file = control.files && control.files[0];
      if (!file) return;
      file.text().then(function (text) {
        var profile = JSON.parse(text);
        if (!profile || typeof profile !== 'object' || Array.isArray(profile)) throw new Error('not an object');
        restore(fromProfile(profile, snapshot()));
        fields.open.error.hidden = true;
        describe('open');
        update();
      }).catch(function () {
        fields.open.error.textContent = t('open_failed');
        fields.open.error.hidden = false;
        describe('open');
      });
    });
    return el('div', { class: 'cf-section' }, [wrap]);
  }

  // The form's state with a profile's fields filled in (CONTRACT §1's shapes; anything else is skipped).
  function fromProfile(p, state) {
    var v = state.values;
    var text = function (x) { return typeof x === 'string' ? x : x === undefined || x === null ? undefined : String(x); };
    var put = function (key, x) { if (text(x) !== undefined) v[key] = text(x); };
    var words = function (x) { return Array.isArray(x) ? x.map(String) : String(x || '').split(/[\s,]+/).filter(Boolean); };
    var obj = function (x) { return x && typeof x === 'object' && !Array.isArray(x) ? x : {}; };
    put('association', p.association);
    put('apply-url', p.apply_url);
    put('contact-email', obj(p.contact).email);
    put('profile.contact.name', obj(p.contact).name);
    if (p.credentials !== undefined) state.checked.credentials = words(p.credentials).filter(function (c) { return c === 'imh' || c === 'ecmh'; });
    if (p.tools !== undefined) {
      var tools = words(p.tools).filter(function (x) { return TOOLS.indexOf(x) >= 0; });
      state.checked.tools = tools;
      if (tools.length) v.tools_first = tools[0];
    }
    if (p.lang === 'en' || p.lang === 'es') v.lang = p.lang;
    put('profile.membership.url', obj(p.membership).url);
    put('profile.membership.fee', obj(p.membership).fee);
    var fees = obj(p.fees);
    put('profile.fees.url', fees.url);
    CATEGORIES.forEach(function (category) {
      put('profile.fees.' + category + '.application', obj(fees[category]).application);
      put('profile.fees.' + category + '.processing', obj(fees[category]).processing);
    });
    if (Array.isArray(p.steps)) {
      state.lists['profile.steps'] = p.steps.map(function (step) {
        return typeof step === 'string' ? { en: step, es: '' } : { en: text(obj(step).en) || '', es: text(obj(step).es) || '' };
      });
    }
    var links = obj(p.links);
    LINKS.forEach(function (link) { put('profile.links.' + link, links[link]); });
    var rules = obj(p.rules);
    if (rules.ers_add_on_for !== undefined) state.checked['profile.rules.ers_add_on_for'] = words(rules.ers_add_on_for);
    put('profile.rules.renewal_deadline', rules.renewal_deadline);
    put('profile.rules.window_opens', rules.window_opens);
    if (Array.isArray(rules.renewal_sub_requirements)) {
      state.lists['profile.rules.renewal_sub_requirements'] = rules.renewal_sub_requirements.map(function (row) {
        return { hours: text(obj(row).hours) || '', kind: obj(row).kind === 'psychotherapy' ? 'psychotherapy' : 'rsc_provision' };
      });
    }
    return state;
  }

  function startOver() {
    var button = say(el('button', { type: 'button', class: 'cf-button cf-button--quiet' }), 'start_over');
    button.addEventListener('click', function () {
      if (!window.confirm(t('start_over_confirm'))) return;
      restore(defaults());
      changed();
    });
    return button;
  }

  // ------------------------------------------------------------------------------------------ state
  function defaults() {
    return {
      values: { storage: 'local', folder: FOLDER, profile_url: PROFILE_FILE, tools_first: 'category' },
      checked: { credentials: ['imh', 'ecmh'], tools: TOOLS.slice(), 'profile.rules.ers_add_on_for': [], profile_place: ['file'] },
      lists: { 'profile.steps': [], 'profile.rules.renewal_sub_requirements': [] },
    };
  }

  // What the form holds, as plain data (also what is kept in this browser between visits).
  function snapshot() {
    var state = { values: {}, checked: {}, lists: {} };
    Object.keys(fields).forEach(function (key) {
      var f = fields[key];
      if (f.kind === 'choice') {
        state.checked[key] = Array.prototype.filter
          .call(f.control.querySelectorAll('input'), function (box) { return box.checked; })
          .map(function (box) { return box.value; });
      } else if (f.kind !== 'file' && !/\.\d+\./.test(key)) {
        state.values[key] = f.control.value;
      }
    });
    Object.keys(lists).forEach(function (key) {
      state.lists[key] = lists[key].read();
    });
    return state;
  }

  function restore(state) {
    Object.keys(lists).forEach(function (key) {
      lists[key].set((state.lists && state.lists[key]) || []);
    });
    Object.keys(fields).forEach(function (key) {
      var f = fields[key];
      if (f.kind === 'choice') {
        var on = (state.checked && state.checked[key]) || [];
        f.control.querySelectorAll('input').forEach(function (box) { box.checked = on.indexOf(box.value) >= 0; });
      } else if (f.kind !== 'file' && !/\.\d+\./.test(key)) {
        var value = state.values && state.values[key];
        f.control.value = typeof value === 'string' ? value : '';
        if (f.control.tagName === 'SELECT' && f.control.selectedIndex < 0) f.control.selectedIndex = 0;
      }
    });
  }

  // The attributes and profile the form describes, before checking: only what was filled in.
  function describeSetup(state) {
    var v = state.values;
    var attributes = {};
    function attr(name, value) {
      value = (value || '').trim();
      if (value) attributes[name] = value;
    }
    attr('association', v.association);
    attr('apply-url', v['apply-url']);
    attr('contact-email', v['contact-email']);
    var credentials = state.checked.credentials;
    if (credentials.length === 1) attr('credentials', credentials[0]);
    var tools = state.checked.tools;
    if (tools.length) {
      var first = tools.indexOf(v.tools_first) >= 0 ? v.tools_first : tools[0];
      var ordered = [first].concat(tools.filter(function (tool) { return tool !== first; }));
      if (ordered.join(' ') !== TOOLS.join(' ')) attr('tools', ordered.join(' '));
    }
    attr('lang', v.lang);
    if (v.storage === 'none') attr('storage', 'none');

    // Leaves keyed by their validate_setup field name, in the profile's order.
    var leaves = [];
    function leaf(path, value) {
      if (typeof value === 'string') value = value.trim();
      if (value !== '' && value !== undefined && !(Array.isArray(value) && !value.length)) leaves.push([path, value]);
    }
    leaf('profile.contact.name', v['profile.contact.name']);
    leaf('profile.membership.url', v['profile.membership.url']);
    leaf('profile.membership.fee', v['profile.membership.fee']);
    leaf('profile.fees.url', v['profile.fees.url']);
    CATEGORIES.forEach(function (category) {
      leaf('profile.fees.' + category + '.application', v['profile.fees.' + category + '.application']);
      leaf('profile.fees.' + category + '.processing', v['profile.fees.' + category + '.processing']);
    });
    state.lists['profile.steps'].forEach(function (step, i) {
      leaf('profile.steps.' + i + '.en', step.en);
      leaf('profile.steps.' + i + '.es', step.es);
    });
    LINKS.forEach(function (link) {
      leaf('profile.links.' + link, v['profile.links.' + link]);
    });
    leaf('profile.rules.ers_add_on_for', state.checked['profile.rules.ers_add_on_for']);
    leaf('profile.rules.renewal_deadline', v['profile.rules.renewal_deadline']);
    leaf('profile.rules.window_opens', v['profile.rules.window_opens']);
    state.lists['profile.rules.renewal_sub_requirements'].forEach(function (row, i) {
      var hours = String(row.hours || '').trim();
      if (!hours) return;
      var base = 'profile.rules.renewal_sub_requirements.' + i;
      var number = Number(hours);
      leaf(base + '.kind', row.kind);
      leaf(base + '.hours', isFinite(number) ? number : hours);
      leaf(base + '.of', 'training');
      leaf(base + '.who', 'rsc_providers');
    });
    return { attributes: attributes, leaves: leaves };
  }

  // Builds the profile object from leaves; array indices are renumbered so that dropped items leave no gap.
  function profileOf(leaves) {
    var profile = { profile: 1 };
    var renumber = {};
    leaves.forEach(function (entry) {
      var path = entry[0].split('.').slice(1);
      var node = profile;
      for (var i = 0; i < path.length - 1; i++) {
        var name = path[i];
        var next = path[i + 1];
        if (/^\d+$/.test(next)) {
          if (!Array.isArray(node[name])) node[name] = [];
          var list = node[name];
          var id = path.slice(0, i + 2).join('.');
          if (!(id in renumber)) renumber[id] = list.push({}) - 1;
          node = list[renumber[id]];
          i++;
        } else {
          if (!node[name] || typeof node[name] !== 'object') node[name] = {};
          node = node[name];
        }
      }
      node[path[path.length - 1]] = entry[1];
    });
    // A step with English only is a plain string, as CONTRACT §1 allows.
    if (profile.steps) {
      profile.steps = profile.steps.map(function (step) {
        return step.en && !step.es ? step.en : step;
      });
    }
    return profile;
  }

  // ------------------------------------------------------------------------------------------ checking
  var validateSetup = null;
  var checksMissing = false;

  // The glue's validate_setup, once embed.js has instantiated the wasm (EndorsementNavigator.ready).
  function loadChecks() {
    var api = window.EndorsementNavigator;
    if (!api) return Promise.reject(new Error('embed.js did not load'));
    return api.ready
      .then(function () {
        return import(new URL(GLUE_FILE, SCRIPT_URL).href);
      })
      .then(function (glue) {
        if (typeof glue.validate_setup !== 'function') throw new Error('the glue has no validate_setup export');
        validateSetup = glue.validate_setup;
      });
  }

  // The snippet's reservation values (snippet.json beside this script).
  function loadSnippet() {
    return fetch(new URL(SNIPPET_FILE, SCRIPT_URL).href)
      .then(function (response) {
        if (!response.ok) throw new Error(SNIPPET_FILE + ': HTTP ' + response.status);
        return response.json();
      })
      .then(function (data) {
        SNIPPET = data;
      });
  }

  function normalisePath(field) {
    return String(field || '').replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
  }
  // Whether `warned` (a warning's field) covers `path`: the same field or one of its parents.
  function covers(warned, path) {
    return path === warned || path.indexOf(warned + '.') === 0;
  }

  function check(setup, state) {
    var profile = profileOf(setup.leaves);
    var attributes = Object.assign({}, setup.attributes);
    var place = state.checked.profile_place[0] || 'file';
    var hasProfile = Object.keys(profile).length > 1;
    var profileUrl = (state.values.profile_url || '').trim() || PROFILE_FILE;
    var checked = Object.assign({}, attributes);
    if (hasProfile && place === 'file') checked.profile = profileUrl;
    // `today` is checked too, although only the preview uses it.
    var today = (state.values.today || '').trim();
    if (today) checked.today = today;
    var warnings = [];
    if (validateSetup) {
      try {
        var answer = validateSetup({ attributes: checked, profile: hasProfile ? profile : null });
        warnings = (answer && Array.isArray(answer.warnings) ? answer.warnings : []).map(function (w) {
          return { field: normalisePath(w.field), message: String(w.message || '') };
        });
      } catch (error) {
        console.error('configurator: validate_setup failed', error);
      }
    }
    // The page's own checks: choices left empty, and the folder's address.
    var local = [];
    if (!state.checked.credentials.length) local.push({ field: 'credentials', key: 'none_chosen_credentials' });
    if (!state.checked.tools.length) local.push({ field: 'tools', key: 'none_chosen_tools' });
    var folder = (state.values.folder || '').trim();
    if (folder && !/^https?:\/\/[^\s"'<>\\]+$/i.test(folder)) local.push({ field: 'folder', key: 'folder_invalid' });
    folder = !folder || local.some(function (w) { return w.field === 'folder'; }) ? FOLDER : folder;
    if (!/\/$/.test(folder)) folder += '/';

    function refused(path) {
      return warnings.some(function (w) { return covers(w.field, path); });
    }
    Object.keys(attributes).forEach(function (name) {
      if (refused(name)) delete attributes[name];
    });
    var kept = setup.leaves.filter(function (entry) { return !refused(entry[0]); });
    var clean = profileOf(kept);
    var cleanHasProfile = Object.keys(clean).length > 1;
    var profileAttr = cleanHasProfile && place === 'file' && !refused('profile') ? profileUrl : null;
    return {
      warnings: warnings,
      local: local,
      attributes: attributes,
      profile: clean,
      hasProfile: cleanHasProfile,
      place: place,
      profileUrl: profileAttr,
      folder: folder,
      today: today && !refused('today') ? today : '',
    };
  }

  // Shows each warning beside its field: the field of that name, else the first field inside it (a whole
  // step or fee), else in the list above the results.
  function showWarnings(result) {
    var byField = {};
    var loose = [];
    result.warnings.forEach(function (w) {
      var key = fieldFor(w.field);
      if (key) (byField[key] = byField[key] || []).push(message(w, key));
      else loose.push(w.field + ': ' + w.message);
    });
    result.local.forEach(function (w) {
      (byField[w.field] = byField[w.field] || []).push(t(w.key));
    });
    Object.keys(fields).forEach(function (key) {
      var f = fields[key];
      var messages = byField[key];
      f.error.hidden = !messages;
      f.error.textContent = messages ? messages.join(' ') : '';
      describe(key);
    });
    var problems = document.getElementById('cf-problems');
    var lines = loose.slice();
    if (checksMissing) lines.unshift(t('no_checks'));
    problems.hidden = !lines.length;
    problems.replaceChildren();
    if (lines.length) {
      if (!checksMissing || loose.length) problems.append(el('span', { text: t('problems') }));
      lines.forEach(function (line) { problems.append(el('span', { class: 'cf-problems__line', text: line })); });
    }
  }

  function fieldFor(path) {
    if (fields[path]) return path;
    // "attributes.apply-url" or "profile.apply_url" name the same fields as the form's.
    var alias = path.replace(/^attributes\./, '');
    if (fields[alias]) return alias;
    if (alias === 'profile') return 'profile_url';
    var inside = Object.keys(fields).filter(function (key) { return key.indexOf(alias + '.') === 0; });
    if (inside.length) return inside[0];
    var parts = alias.split('.');
    while (parts.length > 1) {
      parts.pop();
      if (fields[parts.join('.')]) return parts.join('.');
    }
    return null;
  }

  // In English the widget's own sentence; in Spanish the page says what kind of value is not used, and
  // gives the widget's (English) reason after it.
  function message(w, key) {
    var reason = w.message.charAt(0).toUpperCase() + w.message.slice(1);
    if (lang === 'en') return reason;
    var kind = fields[key].kind;
    var text = kind === 'url' ? t('invalid_url') : kind === 'email' ? t('invalid_email') : kind === 'mmdd' ? t('invalid_mmdd') : t('invalid_other');
    return text + (w.message ? ' (' + w.message + ')' : '');
  }

  // ------------------------------------------------------------------------------------------ results
  function escapeAttr(value) {
    return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function attributeList(result) {
    var list = [];
    ['association', 'apply-url', 'contact-email', 'credentials', 'tools', 'lang', 'storage'].forEach(function (name) {
      if (result.attributes[name] !== undefined) list.push([name, result.attributes[name]]);
    });
    if (result.profileUrl) list.push(['profile', result.profileUrl]);
    return list;
  }

  // JSON inside a <script> element: "<" escaped, so that no text can close the element.
  function scriptJson(profile) {
    return JSON.stringify(profile, null, 2).replace(/</g, '\\u003c');
  }

  // The reservation for the first tool shown and the widget's language (the page's is unknown here: English).
  // Without snippet.json, none: the snippet still works, only its first paint is not reserved.
  function reserveStyle(result) {
    if (!SNIPPET || !SNIPPET.reserve || typeof SNIPPET.style !== 'string') return null;
    var first = String(result.attributes.tools || TOOLS[0]).split(/[\s,]+/)[0];
    var byTool = SNIPPET.reserve[first] || SNIPPET.reserve[TOOLS[0]] || {};
    var reserve = byTool[result.attributes.lang] || byTool.en;
    return reserve ? SNIPPET.style.replace('{reserve}', reserve) : null;
  }

  // The default snippet's script, which adds embed.js after the page's first paint (snippet.json's
  // `loader`, with the address as a JavaScript string that cannot end the element). Without snippet.json,
  // a deferred script tag: it works the same, only Lighthouse may count it in the first paint.
  function loaderOf(url) {
    if (!SNIPPET || typeof SNIPPET.loader !== 'string') return '<script src="' + escapeAttr(url) + '" defer></script>';
    return SNIPPET.loader.replace('{src}', function () { return JSON.stringify(url).replace(/</g, '\\u003c'); });
  }

  function snippetOf(result) {
    var style = reserveStyle(result);
    var attrs = attributeList(result).concat(style ? [['style', style]] : []);
    var open = '<endorsement-navigator' + attrs.map(function (a, i) {
      return (i && attrs.length > 2 ? '\n    ' : ' ') + a[0] + '="' + escapeAttr(a[1]) + '"';
    }).join('') + '>';
    var inside = result.hasProfile && result.place === 'inline'
      ? '\n  <script type="application/json">\n' + scriptJson(result.profile).replace(/^/gm, '  ') + '\n  </script>\n'
      : '';
    return open + inside + '</endorsement-navigator>\n' + loaderOf(result.folder + 'embed.js');
  }

  // The shortcode takes the element's attribute names; WordPress's parser ends a value at a double quote and
  // the shortcode at a square bracket, so those are written as character references.
  function shortcodeOf(result) {
    return '[endorsement_navigator' + attributeList(result).map(function (a) {
      return ' ' + a[0] + '="' + escapeAttr(a[1]).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;') + '"';
    }).join('') + ']';
  }

  // ------------------------------------------------------------------------------------------ preview
  var preview = null;
  var previewKey = null;

  // Attributes are observed by the element (it re-renders); the profile is read when the element starts,
  // so a new profile (or a new page language) gets a new element.
  function showPreview(result) {
    var attrs = {};
    attributeList(result).forEach(function (a) {
      if (a[0] !== 'profile') attrs[a[0]] = a[1];
    });
    if (result.today) attrs.today = result.today;
    var key = lang + '\n' + (result.hasProfile ? JSON.stringify(result.profile) : '');
    if (!preview || key !== previewKey) {
      var element = document.createElement('endorsement-navigator');
      Object.keys(attrs).forEach(function (name) { element.setAttribute(name, attrs[name]); });
      if (result.hasProfile) {
        var script = el('script', { type: 'application/json' });
        script.textContent = JSON.stringify(result.profile);
        element.append(script);
      }
      document.getElementById('cf-preview-frame').replaceChildren(element);
      preview = element;
      previewKey = key;
      return;
    }
    ATTRIBUTES.forEach(function (name) {
      if (name === 'profile') return;
      if (attrs[name] === undefined) preview.removeAttribute(name);
      else if (preview.getAttribute(name) !== attrs[name]) preview.setAttribute(name, attrs[name]);
    });
  }

  // ------------------------------------------------------------------------------------------ updating
  var timer = 0;
  var ready = false;
  function changed() {
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  }

  function update() {
    timer = 0;
    var state = snapshot();
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(state));
    } catch (e) {
      // Without storage the form is simply not kept for the next visit.
    }
    fields.tools_first.control.disabled = state.checked.tools.length < 2;
    fields.profile_url.control.disabled = state.checked.profile_place[0] === 'inline';
    // Until the widget's checks are loaded, nothing unchecked reaches the results or the preview.
    if (!ready) return;
    var result = check(describeSetup(state), state);
    showWarnings(result);
    document.getElementById('cf-snippet').value = snippetOf(result);
    var style = reserveStyle(result);
    document.getElementById('cf-csp').hidden = !style;
    document.getElementById('cf-csp-rule').textContent = style ? 'endorsement-navigator{' + style + '}' : '';
    document.getElementById('cf-profile').value = JSON.stringify(result.profile, null, 2);
    document.getElementById('cf-shortcode').value = shortcodeOf(result);
    lastProfile = result.profile;
    showPreview(result);
  }
  var lastProfile = { profile: 1 };

  function setLanguage(next) {
    lang = TEXT[next] ? next : 'en';
    document.documentElement.lang = lang;
    document.title = t('title');
    document.querySelectorAll('[data-t]').forEach(function (node) {
      node.textContent = t(node.getAttribute('data-t'));
    });
    document.querySelectorAll('[data-t-aria]').forEach(function (node) {
      node.setAttribute('aria-label', t(node.getAttribute('data-t-aria')));
    });
    document.querySelectorAll('[data-lang]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === lang));
    });
    texts.forEach(function (entry) {
      var value = typeof entry[1] === 'function' ? entry[1]() : t(entry[1], entry[2]);
      if (entry[3]) entry[0].setAttribute(entry[3], value);
      else entry[0].textContent = value;
    });
    Array.prototype.forEach.call(fields.tools_first.control.options, function (option) {
      option.textContent = WIDGET_WORDS[lang].tool[option.value];
    });
    try {
      localStorage.setItem(STORE_KEY + '-lang', lang);
    } catch (e) {
      // Not kept: the next visit starts in the browser's language.
    }
    update();
  }

  function copy(id) {
    // A change still waiting for its update is applied first, so what is copied is what was typed.
    if (timer) {
      clearTimeout(timer);
      update();
    }
    var area = document.getElementById(id);
    var status = document.getElementById('cf-status');
    var done = function () { status.textContent = t('copied'); };
    var failed = function () {
      area.focus();
      area.select();
      status.textContent = t('copy_failed');
    };
    status.textContent = '';
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(area.value).then(done, failed);
    else failed();
  }

  function download() {
    if (timer) {
      clearTimeout(timer);
      update();
    }
    var blob = new Blob([JSON.stringify(lastProfile, null, 2) + '\n'], { type: 'application/json' });
    var link = el('a', { href: URL.createObjectURL(blob), download: PROFILE_FILE });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function start() {
    var form = document.getElementById('cf-form');
    build(form);
    var saved = null;
    var savedLang = null;
    try {
      saved = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
      savedLang = localStorage.getItem(STORE_KEY + '-lang');
    } catch (e) {
      saved = null;
    }
    restore(saved && typeof saved === 'object' ? Object.assign(defaults(), saved) : defaults());
    document.querySelectorAll('[data-lang]').forEach(function (button) {
      button.addEventListener('click', function () { setLanguage(button.getAttribute('data-lang')); });
    });
    document.querySelectorAll('[data-copy]').forEach(function (button) {
      button.addEventListener('click', function () { copy(button.getAttribute('data-copy')); });
    });
    document.getElementById('cf-download').addEventListener('click', download);
    var browserLang = String(navigator.language || '').slice(0, 2).toLowerCase();
    setLanguage(savedLang || (TEXT[browserLang] ? browserLang : 'en'));
    Promise.all([
      loadChecks().catch(function (error) {
        checksMissing = true;
        console.error('configurator: the widget\'s checks are not available: ' + ((error && error.message) || error));
      }),
      loadSnippet().catch(function (error) {
        console.error('configurator: the snippet\'s reservation is not available (snippet.json next to configure.js): ' + ((error && error.message) || error));
      }),
    ])
      .then(function () {
        ready = true;
        update();
      });
  }

  start();
})();
