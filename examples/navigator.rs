//! Runs one rules tool on JSON from standard input and prints the JSON output:
//! `echo '{"category":"family_associate"}' | cargo run -q --example navigator -- check`

use endorsement_navigator::contract::{self, ErrorOutput};
use std::io::Read;

fn main() {
    let tool = std::env::args().nth(1).unwrap_or_default();
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        eprintln!("cannot read standard input: {e}");
        std::process::exit(2);
    }
    let input: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("input is not JSON: {e}");
            std::process::exit(2);
        }
    };
    let output = match tool.as_str() {
        "check" => contract::check_from(&input).map(serde_json::to_value),
        "renewal" => contract::renewal_from(&input).map(serde_json::to_value),
        "recommend" => contract::recommend_from(&input).map(serde_json::to_value),
        _ => {
            eprintln!("usage: navigator check|renewal|recommend < input.json");
            std::process::exit(2);
        }
    };
    let value = match output {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => serde_json::json!({ "error": e.to_string() }),
        Err(e) => serde_json::to_value(ErrorOutput::from(e)).unwrap_or_default(),
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&value).unwrap_or_default()
    );
}
