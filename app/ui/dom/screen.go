package dom

import "fmt"

// ChartPhoneWidth is the width of a chart's box, in CSS px, under which
// the page shows the chart's phone layout. The desktop drawing is 640 px
// wide and its smallest text (the source note) 10.5 px, so from 672 px up
// it is shown at 11 px or more; under that, on a phone, just above a
// phone's width or in the desktop's two columns of charts (about 520 px
// each), the phone drawing takes its place.
const ChartPhoneWidth = 680

// ChartPhoneQuery is the container query web/app.css switches the charts'
// layouts with, at ChartPhoneWidth.
var ChartPhoneQuery = fmt.Sprintf("(width < %dpx)", ChartPhoneWidth)
