// Draws a chart's SVG as a PNG at twice its size and saves it, in the
// browser instead of in the WebAssembly (a PNG encoder and rasteriser there
// would cost every visitor about 1 MB of download for a rarely used button).
// Loaded on the first PNG click by chart-panel.go.
//
// An SVG drawn through <img> cannot load the page's web fonts, so the chart
// font (the subset made for the charts, whose metrics the SVG was laid out
// with) is embedded in the SVG as a data: URL first.
(function () {
  var fontData = null;

  function readAsDataURL(blob) {
    return new Promise(function (resolve, reject) {
      var r = new FileReader();
      r.onload = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
      r.readAsDataURL(blob);
    });
  }

  function loadFont(url) {
    if (!fontData) {
      fontData = fetch(url).then(function (res) {
        if (!res.ok) throw new Error("chart font: HTTP " + res.status);
        return res.blob();
      }).then(readAsDataURL).then(function (u) {
        return u.replace(/^data:[^;,]*/, "data:font/woff2");
      });
      fontData.catch(function () { fontData = null; });
    }
    return fontData;
  }

  function withFont(svg, fontURL) {
    var style = "<defs><style>@font-face{font-family:'Watt Ledger Sans';src:url(" +
      fontURL + ") format('woff2');}</style></defs>";
    return svg.replace(/(<svg[^>]*>)/, "$1" + style);
  }

  function loadImage(url) {
    return new Promise(function (resolve, reject) {
      var img = new Image();
      img.onload = function () { resolve(img); };
      img.onerror = function () { reject(new Error("chart SVG did not load as an image")); };
      img.src = url;
    });
  }

  // wattChartPNG resolves to a PNG Blob of svg (640×400 user units) drawn
  // at scale × its size on a white background.
  window.wattChartPNG = function (svg, fontURL, scale) {
    return loadFont(fontURL).then(function (font) {
      var blob = new Blob([withFont(svg, font)], { type: "image/svg+xml" });
      var url = URL.createObjectURL(blob);
      return loadImage(url).finally(function () { URL.revokeObjectURL(url); });
    }).then(function (img) {
      var w = (img.naturalWidth || 640) * scale, h = (img.naturalHeight || 400) * scale;
      var canvas = document.createElement("canvas");
      canvas.width = w;
      canvas.height = h;
      var ctx = canvas.getContext("2d");
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, w, h);
      ctx.drawImage(img, 0, 0, w, h);
      return new Promise(function (resolve, reject) {
        canvas.toBlob(function (b) { b ? resolve(b) : reject(new Error("canvas gave no PNG")); }, "image/png");
      });
    });
  };

  // wattSaveChartPNG offers the PNG as a download named filename.
  window.wattSaveChartPNG = function (svg, fontURL, filename) {
    return window.wattChartPNG(svg, fontURL, 2).then(function (png) {
      var url = URL.createObjectURL(png);
      var a = document.createElement("a");
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 0);
    });
  };
})();
