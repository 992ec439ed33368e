//! The contract's inputs read by hand from a [`Json`] tree: the checker's profile, the finder's answers,
//! the renewal log and their entries.
//!
//! They read as serde's derives read them before: an unknown member is ignored, a missing one takes its
//! default, the first value that does not fit (in the object's own order) is named by its path, and only
//! then the first required member that is missing (in the order the type declares them). A derive costs
//! each type a visitor of its own in the wasm; these are plain functions over one tree type, sharing a few
//! small non-generic helpers. The messages are the contract's words (`must be a list`,
//! `missing field \`category\``, `unknown variant …`), as the derives' messages read once put in words.

use super::association::Association;
use super::date::Date;
use super::json::{Json, JsonError};
use super::model::{
    AgeGroup, Answers, Category, Count, Credential, Degree, DegreeLevel, Hours, LoggedRsc,
    LoggedTraining, Pace, Profile, RenewalInput, RoleScope, RscEntry, Training, TrainingKind,
    WorkEntry, WorkScope,
};

/// A value read from a [`Json`] tree, or why it cannot be, with the path of the value that does not fit.
pub trait ReadJson: Sized {
    fn read_json(json: &Json) -> Result<Self, JsonError>;
}

/// The error for a value of the wrong kind: `must be a list`.
fn must_be(what: &str) -> JsonError {
    JsonError::new(format!("must be {what}"))
}

/// The error for a required member that is not there, in serde's words.
pub fn missing(name: &str) -> JsonError {
    JsonError::new(format!("missing field `{name}`"))
}

/// Reads each member of an object in its order with `each`, naming the member in the error `each` gives.
/// Anything but an object is refused.
pub fn each_member(
    json: &Json,
    each: &mut dyn FnMut(&str, &Json) -> Result<(), JsonError>,
) -> Result<(), JsonError> {
    let Json::Object(members) = json else {
        return Err(must_be("an object"));
    };
    for (name, value) in members {
        each(name, value).map_err(|e| e.in_member(name))?;
    }
    Ok(())
}

/// A number (whole or not); `-0` reads as `0`, as serde read a whole number.
fn number(json: &Json) -> Result<f64, JsonError> {
    match json {
        Json::Number(n) => Ok(n + 0.0),
        _ => Err(must_be("a number")),
    }
}

/// Text in quotes.
fn text(json: &Json) -> Result<&str, JsonError> {
    json.text().ok_or_else(|| must_be("text in quotes"))
}

/// The index of the variant whose id `json` is, of the `count` that `id` names, with the message serde's
/// derive gives for an unknown variant. Written once instead of once per enum.
fn variant(
    json: &Json,
    count: usize,
    id: &dyn Fn(usize) -> &'static str,
) -> Result<usize, JsonError> {
    let text = text(json)?;
    (0..count).find(|&i| id(i) == text).ok_or_else(|| {
        let expected: Vec<String> = (0..count).map(|i| format!("`{}`", id(i))).collect();
        JsonError::new(format!(
            "unknown variant `{text}`, expected one of {}",
            expected.join(", ")
        ))
    })
}

macro_rules! read_by_id {
    ($($enum:ident),*) => {$(
        impl ReadJson for $enum {
            fn read_json(json: &Json) -> Result<$enum, JsonError> {
                let all = $enum::ALL;
                variant(json, all.len(), &|i| all[i].id()).map(|i| all[i])
            }
        }
    )*};
}

read_by_id!(
    Category,
    Credential,
    DegreeLevel,
    WorkScope,
    TrainingKind,
    AgeGroup,
    RoleScope
);

impl ReadJson for bool {
    fn read_json(json: &Json) -> Result<bool, JsonError> {
        match json {
            Json::Bool(b) => Ok(*b),
            _ => Err(must_be("true or false")),
        }
    }
}

impl ReadJson for String {
    fn read_json(json: &Json) -> Result<String, JsonError> {
        text(json).map(str::to_owned)
    }
}

impl ReadJson for f64 {
    fn read_json(json: &Json) -> Result<f64, JsonError> {
        number(json)
    }
}

/// A position in a list: a whole number from 0, as serde read a `usize`.
impl ReadJson for usize {
    fn read_json(json: &Json) -> Result<usize, JsonError> {
        let n = number(json)?;
        // Whole, and within this machine's `usize` (32 bits in the browser).
        let whole = (n.fract() == 0.0 && (0.0..9.0e15).contains(&n)).then_some(n as u64);
        whole
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| JsonError::new(format!("{n} is not a position in a list")))
    }
}

impl ReadJson for Hours {
    fn read_json(json: &Json) -> Result<Hours, JsonError> {
        let value = number(json)?;
        Hours::new(value).ok_or_else(|| {
            JsonError::new(format!(
                "{value} is not a valid number of hours (use a number of 0 or more)"
            ))
        })
    }
}

impl ReadJson for Count {
    fn read_json(json: &Json) -> Result<Count, JsonError> {
        let value = number(json)?;
        if value >= 0.0 && value.fract() == 0.0 && value <= f64::from(u32::MAX) {
            Ok(Count(value as u32))
        } else {
            Err(JsonError::new(format!(
                "{value} is not a valid count (use a whole number of 0 or more)"
            )))
        }
    }
}

impl ReadJson for Date {
    fn read_json(json: &Json) -> Result<Date, JsonError> {
        let text = text(json)?;
        Date::parse(text).ok_or_else(|| {
            JsonError::new(format!(
                "\"{text}\" is not a real date in the form YYYY-MM-DD"
            ))
        })
    }
}

/// `null` is none.
impl<T: ReadJson> ReadJson for Option<T> {
    fn read_json(json: &Json) -> Result<Option<T>, JsonError> {
        match json {
            Json::Null => Ok(None),
            _ => T::read_json(json).map(Some),
        }
    }
}

/// Reads each item of a list in its order with `each`, naming the item's position in the error `each`
/// gives. Anything but a list is refused.
fn each_item(
    json: &Json,
    each: &mut dyn FnMut(&Json) -> Result<(), JsonError>,
) -> Result<(), JsonError> {
    let Json::List(items) = json else {
        return Err(must_be("a list"));
    };
    for (i, item) in items.iter().enumerate() {
        each(item).map_err(|e| e.in_item(i))?;
    }
    Ok(())
}

impl<T: ReadJson> ReadJson for Vec<T> {
    fn read_json(json: &Json) -> Result<Vec<T>, JsonError> {
        let mut out = Vec::new();
        each_item(json, &mut |item| {
            out.push(T::read_json(item)?);
            Ok(())
        })?;
        Ok(out)
    }
}

/// The association's rules, failing at the first rule that cannot be used: the reader that also reads
/// the profile's `rules`, with its first warning as the message (`ers_add_on_for[0]: …`).
impl ReadJson for Association {
    fn read_json(json: &Json) -> Result<Association, JsonError> {
        let mut first = None;
        let rules = Association::read(json, "association", &mut |field, _, why| {
            // The error's path names `association` already.
            let field = field.strip_prefix("association.").unwrap_or(field);
            first.get_or_insert_with(|| format!("{field}: {why}"));
        });
        match first {
            Some(e) => Err(JsonError::new(e)),
            None => Ok(rules),
        }
    }
}

/// Sets `slot` to the value read from `json`.
fn set<T: ReadJson>(slot: &mut T, json: &Json) -> Result<(), JsonError> {
    *slot = T::read_json(json)?;
    Ok(())
}

/// Reads a required member into `slot` (`null` is a value of the wrong kind, not a missing member).
fn put<T: ReadJson>(slot: &mut Option<T>, json: &Json) -> Result<(), JsonError> {
    *slot = Some(T::read_json(json)?);
    Ok(())
}

/// `value` if the required member was there.
fn required<T>(value: Option<T>, name: &str) -> Result<T, JsonError> {
    value.ok_or_else(|| missing(name))
}

impl ReadJson for Degree {
    fn read_json(json: &Json) -> Result<Degree, JsonError> {
        let mut degree = Degree::default();
        each_member(json, &mut |name, v| match name {
            "level" => set(&mut degree.level, v),
            "competencies" => set(&mut degree.competencies, v),
            _ => Ok(()),
        })?;
        Ok(degree)
    }
}

impl ReadJson for WorkEntry {
    fn read_json(json: &Json) -> Result<WorkEntry, JsonError> {
        let mut start = None;
        let mut work = WorkEntry::new(WorkScope::default(), Date::year_end(1));
        each_member(json, &mut |name, v| match name {
            "scope" => set(&mut work.scope, v),
            "start" => put(&mut start, v),
            "end" => set(&mut work.end, v),
            "families_served" => set(&mut work.families_served, v),
            "post_graduate" => set(&mut work.post_graduate, v),
            "psychotherapy" => set(&mut work.psychotherapy, v),
            "leadership" => set(&mut work.leadership, v),
            "provides_rsc" => set(&mut work.provides_rsc, v),
            "volunteer" => set(&mut work.volunteer, v),
            "supervised" => set(&mut work.supervised, v),
            "specialized_training" => set(&mut work.specialized_training, v),
            _ => Ok(()),
        })?;
        work.start = required(start, "start")?;
        Ok(work)
    }
}

impl ReadJson for Training {
    fn read_json(json: &Json) -> Result<Training, JsonError> {
        let mut training = Training::default();
        each_member(json, &mut |name, v| match name {
            "hours" => set(&mut training.hours, v),
            "kind" => set(&mut training.kind, v),
            "self_study" => set(&mut training.self_study, v),
            "date" => set(&mut training.date, v),
            "competencies" => set(&mut training.competencies, v),
            _ => Ok(()),
        })?;
        Ok(training)
    }
}

impl ReadJson for RscEntry {
    fn read_json(json: &Json) -> Result<RscEntry, JsonError> {
        let mut rsc = RscEntry::default();
        each_member(json, &mut |name, v| match name {
            "hours" => set(&mut rsc.hours, v),
            "qualified_provider" => set(&mut rsc.qualified_provider, v),
            "provider_unconfirmed" => set(&mut rsc.provider_unconfirmed, v),
            "about_provision" => set(&mut rsc.about_provision, v),
            "date" => set(&mut rsc.date, v),
            "start" => set(&mut rsc.start, v),
            "end" => set(&mut rsc.end, v),
            _ => Ok(()),
        })?;
        Ok(rsc)
    }
}

impl ReadJson for Pace {
    fn read_json(json: &Json) -> Result<Pace, JsonError> {
        let mut pace = Pace::default();
        each_member(json, &mut |name, v| match name {
            "training_hours_per_month" => set(&mut pace.training_hours_per_month, v),
            "rsc_hours_per_month" => set(&mut pace.rsc_hours_per_month, v),
            "rsc_provision_hours_per_month" => set(&mut pace.rsc_provision_hours_per_month, v),
            _ => Ok(()),
        })?;
        Ok(pace)
    }
}

impl ReadJson for Profile {
    fn read_json(json: &Json) -> Result<Profile, JsonError> {
        let mut category = None;
        let mut profile = Profile::empty(Category::FamilyAssociate);
        each_member(json, &mut |name, v| match name {
            "category" => put(&mut category, v),
            "credential" => set(&mut profile.credential, v),
            "today" => set(&mut profile.today, v),
            "degrees" => set(&mut profile.degrees, v),
            "work" => set(&mut profile.work, v),
            "trainings" => set(&mut profile.trainings, v),
            "rsc" => set(&mut profile.rsc, v),
            "references" => set(&mut profile.references, v),
            "endorsed_in" => set(&mut profile.endorsed_in, v),
            "pace" => set(&mut profile.pace, v),
            "association" => set(&mut profile.association, v),
            _ => Ok(()),
        })?;
        profile.category = required(category, "category")?;
        Ok(profile)
    }
}

impl ReadJson for LoggedTraining {
    fn read_json(json: &Json) -> Result<LoggedTraining, JsonError> {
        let (mut hours, mut date, mut kind) = (None, None, TrainingKind::default());
        each_member(json, &mut |name, v| match name {
            "hours" => put(&mut hours, v),
            "date" => put(&mut date, v),
            "kind" => set(&mut kind, v),
            _ => Ok(()),
        })?;
        Ok(LoggedTraining {
            hours: required(hours, "hours")?,
            date: required(date, "date")?,
            kind,
        })
    }
}

impl ReadJson for LoggedRsc {
    fn read_json(json: &Json) -> Result<LoggedRsc, JsonError> {
        let (mut hours, mut date) = (None, None);
        each_member(json, &mut |name, v| match name {
            "hours" => put(&mut hours, v),
            "date" => put(&mut date, v),
            _ => Ok(()),
        })?;
        Ok(LoggedRsc {
            hours: required(hours, "hours")?,
            date: required(date, "date")?,
        })
    }
}

impl ReadJson for RenewalInput {
    fn read_json(json: &Json) -> Result<RenewalInput, JsonError> {
        let (mut category, mut endorsed_on) = (None, None);
        let mut input = RenewalInput::new(Category::FamilyAssociate, Date::year_end(1));
        each_member(json, &mut |name, v| match name {
            "category" => put(&mut category, v),
            "endorsed_on" => put(&mut endorsed_on, v),
            "today" => set(&mut input.today, v),
            "trainings" => set(&mut input.trainings, v),
            "rsc" => set(&mut input.rsc, v),
            "membership_expires" => set(&mut input.membership_expires, v),
            "lapsed" => set(&mut input.lapsed, v),
            "provides_rsc" => set(&mut input.provides_rsc, v),
            "association" => set(&mut input.association, v),
            _ => Ok(()),
        })?;
        input.category = required(category, "category")?;
        input.endorsed_on = required(endorsed_on, "endorsed_on")?;
        Ok(input)
    }
}

impl ReadJson for Answers {
    fn read_json(json: &Json) -> Result<Answers, JsonError> {
        let mut answers = Answers::default();
        each_member(json, &mut |name, v| match name {
            "ages" => set(&mut answers.ages, v),
            "scope" => set(&mut answers.scope, v),
            "degree" => set(&mut answers.degree, v),
            "years_in_scope" => set(&mut answers.years_in_scope, v),
            "leader_years" => set(&mut answers.leader_years, v),
            "provides_rsc_years" => set(&mut answers.provides_rsc_years, v),
            "psychotherapy" => set(&mut answers.psychotherapy, v),
            "families_served" => set(&mut answers.families_served, v),
            "endorsed_in" => set(&mut answers.endorsed_in, v),
            "offered" => set(&mut answers.offered, v),
            "association" => set(&mut answers.association, v),
            "lang" => set(&mut answers.lang, v),
            _ => Ok(()),
        })?;
        Ok(answers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(text: &str) -> Json {
        serde_json::from_str(text).unwrap()
    }

    fn read<T: ReadJson>(text: &str) -> T {
        T::read_json(&tree(text)).unwrap_or_else(|e| panic!("{text}: {}: {e}", e.path()))
    }

    /// The path and message of the error reading `text` as a `T`.
    fn error<T: ReadJson + std::fmt::Debug>(text: &str) -> (String, String) {
        let e = T::read_json(&tree(text)).unwrap_err();
        (e.path(), e.to_string())
    }

    fn is(path: &str, message: &str) -> (String, String) {
        (path.to_owned(), message.to_owned())
    }

    #[test]
    fn a_value_of_the_wrong_kind_says_what_it_must_be() {
        assert_eq!(error::<Profile>("[]"), is(".", "must be an object"));
        assert_eq!(error::<Answers>("3"), is(".", "must be an object"));
        let profile = |rest: &str| format!(r#"{{"category":"family_specialist",{rest}}}"#);
        for (member, message) in [
            (r#""degrees":{}"#, is("degrees", "must be a list")),
            (r#""degrees":[4]"#, is("degrees[0]", "must be an object")),
            (r#""references":"3""#, is("references", "must be a number")),
            (r#""today":20260102"#, is("today", "must be text in quotes")),
            (
                r#""credential":null"#,
                is("credential", "must be text in quotes"),
            ),
            (
                r#""rsc":[{"qualified_provider":"yes"}]"#,
                is("rsc[0].qualified_provider", "must be true or false"),
            ),
            (r#""pace":[]"#, is("pace", "must be an object")),
        ] {
            assert_eq!(error::<Profile>(&profile(member)), message, "{member}");
        }
        assert_eq!(
            error::<Answers>(r#"{"lang":1}"#),
            is("lang", "must be text in quotes")
        );
    }

    #[test]
    fn a_required_member_that_is_missing_is_named() {
        assert_eq!(error::<Profile>("{}"), is(".", "missing field `category`"));
        assert_eq!(
            error::<Profile>(r#"{"category":"family_specialist","work":[{"scope":"clinical"}]}"#),
            is("work[0]", "missing field `start`")
        );
        // In the order the type declares them.
        assert_eq!(
            error::<RenewalInput>("{}"),
            is(".", "missing field `category`")
        );
        assert_eq!(
            error::<RenewalInput>(r#"{"category":"family_associate"}"#),
            is(".", "missing field `endorsed_on`")
        );
        let log = |entry: &str| {
            format!(
                r#"{{"category":"family_associate","endorsed_on":"2025-01-01","rsc":[{entry}]}}"#
            )
        };
        assert_eq!(
            error::<RenewalInput>(&log("{}")),
            is("rsc[0]", "missing field `hours`")
        );
        assert_eq!(
            error::<RenewalInput>(&log(r#"{"hours":1}"#)),
            is("rsc[0]", "missing field `date`")
        );
        // `null` is a value of the wrong kind, not a missing member.
        assert_eq!(
            error::<Profile>(r#"{"category":null}"#),
            is("category", "must be text in quotes")
        );
    }

    #[test]
    fn the_first_bad_value_in_the_objects_order_is_named_before_a_missing_member() {
        assert_eq!(
            error::<Profile>(r#"{"references":-1,"degrees":"x"}"#),
            is(
                "references",
                "-1 is not a valid count (use a whole number of 0 or more)"
            )
        );
        assert_eq!(
            error::<Profile>(r#"{"degrees":"x","references":-1}"#),
            is("degrees", "must be a list")
        );
    }

    #[test]
    fn values_out_of_range_say_why() {
        let profile = |rest: &str| format!(r#"{{"category":"family_specialist",{rest}}}"#);
        assert_eq!(
            error::<Profile>(&profile(r#""category":"nope""#)),
            is(
                "category",
                "unknown variant `nope`, expected one of `family_associate`, `family_specialist`, \
                 `mental_health_specialist`, `mentor_clinical`, `mentor_policy`, \
                 `mentor_research_faculty`, `reflective_supervisor`, `reflective_supervisor_emerging`"
            )
        );
        assert_eq!(
            error::<Profile>(&profile(r#""trainings":[{},{"hours":-2.5}]"#)),
            is(
                "trainings[1].hours",
                "-2.5 is not a valid number of hours (use a number of 0 or more)"
            )
        );
        assert_eq!(
            error::<Profile>(&profile(
                r#""work":[{"start":"2025-01-01","families_served":2.5}]"#
            )),
            is(
                "work[0].families_served",
                "2.5 is not a valid count (use a whole number of 0 or more)"
            )
        );
        assert_eq!(
            error::<Profile>(&profile(r#""references":4294967296"#)).1,
            "4294967296 is not a valid count (use a whole number of 0 or more)"
        );
        assert_eq!(
            error::<Profile>(&profile(r#""work":[{"start":"2025-02-30"}]"#)),
            is(
                "work[0].start",
                "\"2025-02-30\" is not a real date in the form YYYY-MM-DD"
            )
        );
        assert_eq!(
            error::<Answers>(r#"{"offered":["imh","both"]}"#),
            is(
                "offered[1]",
                "unknown variant `both`, expected one of `imh`, `ecmh`"
            )
        );
        assert_eq!(
            error::<Vec<usize>>("[0, 1.5]"),
            is("[1]", "1.5 is not a position in a list")
        );
        assert_eq!(error::<Vec<usize>>("[-1]").0, "[0]");
    }

    #[test]
    fn the_associations_first_unusable_rule_is_the_message() {
        assert_eq!(
            error::<Profile>(
                r#"{"category":"family_specialist","association":{"ers_add_on_for":"all"}}"#
            ),
            is(
                "association",
                "ers_add_on_for: expected a list of category ids; any category may add ERS"
            )
        );
    }

    #[test]
    fn unknown_members_are_ignored_and_missing_ones_take_their_defaults() {
        let profile: Profile = read(
            r#"{"category":"mentor_policy","later":{"x":[1]},"degrees":[{"level":"master"}]}"#,
        );
        let mut expected = Profile::empty(Category::MentorPolicy);
        expected.degrees.push(Degree {
            level: DegreeLevel::Master,
            competencies: Vec::new(),
        });
        assert_eq!(profile, expected);

        assert_eq!(read::<Answers>("{}"), Answers::default());
        let answers: Answers = read(r#"{"scope":"clinical","psychotherapy":null,"lang":"es"}"#);
        assert_eq!(answers.scope, RoleScope::Clinical);
        assert_eq!(answers.ages, [AgeGroup::Infant]);
        assert_eq!(answers.lang.as_deref(), Some("es"));

        let work: WorkEntry = read(r#"{"start":"2025-01-01","end":null,"volunteer":true}"#);
        let mut expected = WorkEntry::new(WorkScope::Promotion, Date::parse("2025-01-01").unwrap());
        expected.volunteer = true;
        assert_eq!(work, expected);

        let log: RenewalInput = read(
            r#"{"category":"family_associate","endorsed_on":"2025-01-01","trainings":[{"hours":2,"date":"2025-02-01"}]}"#,
        );
        assert_eq!(log.trainings[0].kind, TrainingKind::General);
        assert!(!log.lapsed && log.association.is_default());
    }

    /// `-0` (which `JSON.parse` gives for `-0`) is read as `0`, as serde read a whole number.
    #[test]
    fn minus_zero_reads_as_zero() {
        let training: Training = read(r#"{"hours":-0.0}"#);
        assert!(training.hours.get().is_sign_positive());
    }
}
