//! Rules-engine timings (`cargo bench --bench rules`, or `make bench`). No bench framework: each case is
//! warmed up, then timed call by call with `std::time::Instant`, and the median and 90th percentile are
//! printed in microseconds.
//!
//! The inputs are deliberately large, far beyond what a person types into the widget: a profile with
//! 1,000 entries (trainings, work periods and RSC entries mixed) and a renewal log with 1,000 dated entries.
//! Besides the typed calls, the JSON round trip (parse the input, run, serialize the output) is timed,
//! because that is what every call through the JS API does.
//!
//! Environment: `BENCH_ITERS` (timed calls per case, default 200), `BENCH_WARMUP` (default 20).

use std::hint::black_box;
use std::time::{Duration, Instant};

use endorsement_navigator::contract::{check_from, renewal_from};
use endorsement_navigator::rules::competency::DEFAULT_COMPETENCIES;
use endorsement_navigator::rules::model::{
    Degree, DegreeLevel, Hours, LoggedRsc, LoggedTraining, RscEntry, Training, TrainingKind,
    WorkEntry, WorkScope,
};
use endorsement_navigator::rules::{self, Category, Credential, Date, Profile, RenewalInput};

const ENTRIES: usize = 1_000;

/// A deterministic pseudo-random sequence (xorshift64*), so every run times the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd(y, m, d).expect("valid benchmark date")
}

fn hours(h: f64) -> Hours {
    Hours::new(h).expect("valid benchmark hours")
}

fn today() -> Date {
    date(2026, 11, 22)
}

/// A day between 2000-01-01 and `today`.
fn random_day(rng: &mut Rng) -> Date {
    let start = date(2000, 1, 1);
    let span = start.days_until(today()).max(1) as u64;
    start.add_days(rng.below(span) as i32)
}

/// 1,000 entries: half trainings, a quarter work periods, a quarter RSC entries.
fn big_profile(category: Category) -> Profile {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut profile = Profile::empty(category);
    profile.credential = Credential::Imh;
    profile.today = Some(today());
    profile.references = endorsement_navigator::rules::model::Count(3);
    profile.degrees.push(Degree {
        level: DegreeLevel::Master,
        competencies: DEFAULT_COMPETENCIES
            .iter()
            .take(12)
            .map(|c| c.id.to_owned())
            .collect(),
    });
    let scopes = [
        WorkScope::Promotion,
        WorkScope::Prevention,
        WorkScope::Clinical,
        WorkScope::Macro,
    ];
    let kinds = [
        TrainingKind::General,
        TrainingKind::RscProvision,
        TrainingKind::Psychotherapy,
    ];
    for i in 0..ENTRIES {
        match i % 4 {
            0 | 1 => {
                let claimed = rng.below(4) as usize;
                let competencies = (0..claimed)
                    .map(|_| {
                        let k = rng.below(DEFAULT_COMPETENCIES.len() as u64) as usize;
                        DEFAULT_COMPETENCIES[k].id.to_owned()
                    })
                    .collect();
                profile.trainings.push(Training {
                    hours: hours((1 + rng.below(12)) as f64 * 0.5),
                    kind: kinds[rng.below(kinds.len() as u64) as usize],
                    self_study: rng.chance(10),
                    date: Some(random_day(&mut rng)),
                    competencies,
                });
            }
            2 => {
                let start = random_day(&mut rng);
                let mut entry = WorkEntry::new(scopes[rng.below(4) as usize], start);
                if !rng.chance(5) {
                    let end = start.add_days(30 + rng.below(1_500) as i32);
                    entry.end = Some(end.min(today()));
                }
                entry.families_served =
                    endorsement_navigator::rules::model::Count(rng.below(20) as u32);
                entry.post_graduate = rng.chance(50);
                entry.psychotherapy = rng.chance(30);
                entry.leadership = rng.chance(20);
                entry.provides_rsc = rng.chance(20);
                entry.volunteer = rng.chance(10);
                entry.supervised = entry.volunteer && rng.chance(50);
                entry.specialized_training = entry.volunteer && rng.chance(50);
                profile.work.push(entry);
            }
            _ => profile.rsc.push(RscEntry {
                hours: hours((1 + rng.below(8)) as f64 * 0.5),
                qualified_provider: rng.chance(80),
                provider_unconfirmed: rng.chance(5),
                about_provision: rng.chance(30),
                date: Some(random_day(&mut rng)),
                start: None,
                end: None,
            }),
        }
    }
    profile.endorsed_in = vec![Category::FamilySpecialist];
    profile
}

/// A renewal log of 1,000 dated entries (trainings and RSC), spread over the last nine years.
fn big_renewal_log(category: Category) -> RenewalInput {
    let mut rng = Rng(0x5EED_1234_ABCD_0002);
    let first = date(2017, 1, 1);
    let span = first.days_until(today()) as u64;
    let mut trainings = Vec::new();
    let mut rsc = Vec::new();
    for i in 0..ENTRIES {
        let day = first.add_days(rng.below(span) as i32);
        if i % 3 == 2 {
            rsc.push(LoggedRsc {
                hours: hours((1 + rng.below(6)) as f64 * 0.5),
                date: day,
            });
        } else {
            trainings.push(LoggedTraining {
                hours: hours((1 + rng.below(10)) as f64 * 0.5),
                date: day,
                kind: if rng.chance(20) {
                    TrainingKind::RscProvision
                } else {
                    TrainingKind::General
                },
            });
        }
    }
    RenewalInput {
        category,
        endorsed_on: date(2018, 6, 15),
        today: Some(today()),
        trainings,
        rsc,
        membership_expires: Some(date(2027, 6, 30)),
        lapsed: false,
        provides_rsc: false,
        association: Default::default(),
    }
}

struct Stats {
    median: Duration,
    p90: Duration,
    min: Duration,
}

fn measure<T>(warmup: usize, iters: usize, mut f: impl FnMut() -> T) -> Stats {
    for _ in 0..warmup {
        black_box(f());
    }
    let mut samples: Vec<Duration> = (0..iters)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    Stats {
        median: at(0.5),
        p90: at(0.9),
        min: samples[0],
    }
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(default)
}

fn main() {
    // `cargo test --benches` runs bench targets with `--bench`-less arguments; keep that quick.
    let quick = std::env::args().any(|a| a == "--test" || a == "--list");
    let iters = if quick {
        3
    } else {
        env_usize("BENCH_ITERS", 200)
    };
    let warmup = if quick {
        1
    } else {
        env_usize("BENCH_WARMUP", 20)
    };

    let profiles: Vec<Profile> = [
        Category::FamilySpecialist,
        Category::MentalHealthSpecialist,
        Category::MentorClinical,
        Category::ReflectiveSupervisor,
    ]
    .into_iter()
    .map(big_profile)
    .collect();
    let renewals: Vec<RenewalInput> = [
        Category::FamilySpecialist,
        Category::MentorClinical,
        Category::MentorPolicy,
    ]
    .into_iter()
    .map(big_renewal_log)
    .collect();

    // Sanity: the inputs are valid, so the timings are of real work and not of an early error.
    for p in &profiles {
        if let Err(e) = rules::check(p) {
            panic!("benchmark profile for {:?} rejected: {e}", p.category);
        }
    }
    for r in &renewals {
        if let Err(e) = rules::renewal(r) {
            panic!("benchmark renewal log for {:?} rejected: {e}", r.category);
        }
    }
    let profile_json: Vec<String> = profiles
        .iter()
        .map(|p| serde_json::to_string(p).expect("serialize profile"))
        .collect();
    let renewal_json: Vec<String> = renewals
        .iter()
        .map(|r| serde_json::to_string(r).expect("serialize renewal input"))
        .collect();

    println!(
        "rules bench: {ENTRIES}-entry inputs, {warmup} warm-up + {iters} timed calls per case (µs per call)"
    );
    println!(
        "{:<48} {:>10} {:>10} {:>10}",
        "case", "median", "p90", "min"
    );
    let report = |name: String, s: Stats| {
        println!(
            "{:<48} {:>10.1} {:>10.1} {:>10.1}",
            name,
            micros(s.median),
            micros(s.p90),
            micros(s.min)
        );
    };

    for p in &profiles {
        let s = measure(warmup, iters, || rules::check(black_box(p)));
        report(format!("check {} (typed)", p.category.id()), s);
    }
    for (p, json) in profiles.iter().zip(&profile_json) {
        let s = measure(warmup, iters, || {
            let mut de = serde_json::Deserializer::from_str(black_box(json));
            let out = check_from(&mut de).expect("check_from");
            serde_json::to_string(&out).expect("serialize report")
        });
        report(format!("check {} (JSON in/out)", p.category.id()), s);
    }
    for r in &renewals {
        let s = measure(warmup, iters, || rules::renewal(black_box(r)));
        report(format!("renewal {} (typed)", r.category.id()), s);
    }
    for (r, json) in renewals.iter().zip(&renewal_json) {
        let s = measure(warmup, iters, || {
            let mut de = serde_json::Deserializer::from_str(black_box(json));
            let out = renewal_from(&mut de).expect("renewal_from");
            serde_json::to_string(&out).expect("serialize report")
        });
        report(format!("renewal {} (JSON in/out)", r.category.id()), s);
    }
}
