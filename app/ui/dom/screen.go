package dom

// PhoneMedia is the media query under which the page shows the charts'
// phone layout; web/app.css switches at the same width. At 560 px a
// desktop chart (640 px wide) would already be shown at about 0.8 of its
// size, its 12 px labels at under 10 px.
const PhoneMedia = "(max-width: 560px)"
