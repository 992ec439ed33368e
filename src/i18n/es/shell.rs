//! Spanish text of the shell screens; every entry is translated (a new field may start as `..en::shell::TEXTS`).

use crate::config::Tool;
use crate::i18n::shell::ShellTexts;

fn offered_by(association: &str) -> String {
    format!("Ofrecido por {association}")
}

fn tool_name(tool: Tool) -> &'static str {
    match tool {
        Tool::Category => "Encontrar mi categoría",
        Tool::Checker => "Revisar requisitos",
        Tool::Renewal => "Planear mi renovación",
    }
}

fn ignored_setting(attribute: &str) -> &'static str {
    match attribute {
        "apply-url" => "El enlace a la solicitud no era válido, así que no se muestra.",
        "credentials" => {
            "La lista de credenciales que ofrece esta asociación no era válida, así que se muestran ambas. \
             Consulte con la asociación cuáles ofrece."
        }
        "tools" => "La lista de herramientas no era válida, así que se muestran todas.",
        _ => "Un ajuste no era válido y se ignoró.",
    }
}

pub const TEXTS: ShellTexts = ShellTexts {
    title: "Navegador de Endorsement",
    offered_by,
    tools_label: "Herramientas",
    tool_name,
    privacy: "Sus respuestas se quedan en este navegador. No se envía nada.",
    clear_data: "Borrar mis datos",
    clear_confirm_question: "¿Borrar todas las respuestas guardadas en este navegador para estas herramientas?",
    clear_confirm: "Sí, borrar mis datos",
    clear_cancel: "Cancelar",
    cleared: "Se borraron sus respuestas guardadas.",
    contact: "¿Preguntas? Escriba a",
    ignored_settings: "Esta página configuró el navegador con un ajuste que no se pudo usar:",
    ignored_setting,
    error_summary_title: "Hay un problema",
    storage_set_aside: "No se pudieron leer sus respuestas guardadas, así que esta herramienta empieza vacía. \
                        No se borró nada: las respuestas anteriores se guardaron aparte en este navegador.",
    error_prefix: "Error:",
    optional: "(opcional)",
};
