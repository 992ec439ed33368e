//! "Your endorsement": category, endorsement date, membership expiry and the lapsed question.

use super::state::{ERROR_SUMMARY_ID, Field, FieldError, RenewalAction};
use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::Date;
use crate::rules::EDITION_2025;
use crate::rules::association::Association;
use crate::rules::model::Category;
use crate::rules::ruleset::EMERGING_STATUS_YEARS;
use crate::ui::widgets::{
    Choice, Choices, DateField, ErrorSummary, RadioGroup, SelectField, field_error,
};
use yew::prelude::*;

pub struct EndorsementFormProps {
    pub category: Option<Category>,
    pub endorsed_on: AttrValue,
    pub membership_expires: AttrValue,
    pub lapsed: Option<bool>,
    pub provides_rsc: Option<bool>,
    /// The association's name when its rules ask something of RSC providers: then the form asks
    /// whether the person provides RSC.
    pub asks_provides_rsc: Option<String>,
    /// The renewal deadlines that have passed since the endorsement date (empty when there has been none
    /// yet, so none to have missed); `None` while that date cannot be read.
    pub passed: Option<Vec<Date>>,
    /// Problems with these fields (and any others, which this form ignores).
    pub errors: Vec<FieldError>,
    /// Whether "Show my renewal" was pressed: only then is the error summary shown.
    pub submitted: bool,
    pub today: Date,
    /// The association's rules, under which "Show my renewal" reads the answers.
    pub rules: Association,
    pub dispatch: Callback<RenewalAction>,
}

pub fn endorsement_form(t: Locale, props: &EndorsementFormProps) -> Html {
    let error_for = |field: Field| field_error(t, &props.errors, field);
    // The form's own fields' problems (the engine's errors among them), in the summary.
    let form_fields = [
        Field::Category,
        Field::EndorsedOn,
        Field::MembershipExpires,
        Field::Lapsed,
    ];
    let summary_errors: Vec<FieldError> = props
        .errors
        .iter()
        .filter(|e| form_fields.contains(&e.field))
        .copied()
        .collect();

    let on_category = props
        .dispatch
        .reform(|c: Category| RenewalAction::SetCategory(Some(c)));
    let on_endorsed_on = props.dispatch.reform(RenewalAction::SetEndorsedOn);
    let on_membership = props.dispatch.reform(RenewalAction::SetMembershipExpires);
    let on_lapsed = props.dispatch.reform(RenewalAction::SetLapsed);
    let on_provides_rsc = props.dispatch.reform(RenewalAction::SetProvidesRsc);
    let onsubmit = {
        let dispatch = props.dispatch.clone();
        let today = props.today;
        let association = props.rules.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(RenewalAction::Submit {
                today,
                dates: t.date_style(),
                association: association.clone(),
            });
        })
    };
    let categories: Vec<Choice<Category>> = EDITION_2025
        .renewed_categories()
        .map(|c| Choice::new(c, t.category(c)))
        .collect();
    // The question asks whether they renewed: yes means not lapsed.
    let lapsed_choices = vec![
        Choice::new(false, t.text(Msg::RenewalYes)),
        Choice::new(true, t.text(Msg::RenewalNo)),
    ];
    let provides_choices = vec![
        Choice::new(true, t.text(Msg::RenewalYes)),
        Choice::new(false, t.text(Msg::RenewalNo)),
    ];

    html! {
        <form class="rn-form" novalidate=true {onsubmit} aria-labelledby="rn-form-heading">
            <h3 id="rn-form-heading" class="rn-section-heading">{ t.text(Msg::RenewalFormHeading) }</h3>
            if props.submitted {
                // Focused by the tool on "Show my renewal", never as the person types.
                <ErrorSummary errors={summary_errors} id={ERROR_SUMMARY_ID} />
            }
            <SelectField
                id={Field::Category.id()}
                label={t.text(Msg::RenewalCategoryLabel)}
                choices={Choices::new(categories, props.category, on_category)}
                placeholder={AttrValue::Static(t.text(Msg::RenewalCategoryPlaceholder))}
                hint={AttrValue::from(fill!(t, RenewalCategoryHint, years = EMERGING_STATUS_YEARS))}
                error={error_for(Field::Category)}
            />
            <DateField
                id={Field::EndorsedOn.id()}
                label={t.text(Msg::RenewalEndorsedOnLabel)}
                hint={AttrValue::Static(t.text(Msg::RenewalEndorsedOnHint))}
                error={error_for(Field::EndorsedOn)}
                value={props.endorsed_on.clone()}
                on_input={on_endorsed_on}
            />
            <DateField
                id={Field::MembershipExpires.id()}
                label={t.text(Msg::RenewalMembershipLabel)}
                hint={AttrValue::Static(t.text(Msg::RenewalMembershipHint))}
                error={error_for(Field::MembershipExpires)}
                value={props.membership_expires.clone()}
                on_input={on_membership}
                optional=true
            />
            // Whether they renewed matters only once a deadline has passed: name every one, or say there
            // has been none yet. No answer is chosen for them.
            if let Some(passed) = &props.passed {
                if let Some(question) = t.lapsed_question(passed) {
                    <RadioGroup
                        id={Field::Lapsed.id()}
                        legend={AttrValue::from(question)}
                        hint={AttrValue::Static(t.text(Msg::RenewalLapsedHint))}
                        error={error_for(Field::Lapsed)}
                        choices={Choices::new(lapsed_choices, props.lapsed, on_lapsed)}
                        inline=true
                    />
                } else {
                    <p class="rn-no-deadline" id={Field::Lapsed.id()}>{ t.text(Msg::RenewalNoDeadlineYet) }</p>
                }
            }
            // Asked only where the association has a sub-requirement for RSC providers; no answer is
            // chosen for the person, since it decides whether they are ready.
            if let Some(association) = &props.asks_provides_rsc {
                <RadioGroup
                    id="rn-provides-rsc"
                    legend={AttrValue::Static(t.text(Msg::RenewalProvidesRscLabel))}
                    hint={AttrValue::from(fill!(t, RenewalProvidesRscHint, association = association.as_str()))}
                    choices={Choices::new(provides_choices, props.provides_rsc, on_provides_rsc)}
                    inline=true
                />
            }
            <div class="en-button-row">
                <button type="submit" class="en-button">{ t.text(Msg::RenewalSubmit) }</button>
            </div>
        </form>
    }
}
