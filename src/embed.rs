//! The bridge between `embed.js` (which defines `<endorsement-navigator>`) and the Yew app.
