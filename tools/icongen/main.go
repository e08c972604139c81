// Command icongen draws the app's PNG icons (192 and 512 px, and a 512 px
// maskable one with the mark inside the safe zone) from the same shapes as
// web/icon.svg, so the PWA ships only local icons:
//
//	go run ./tools/icongen -out web/icons
package main

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"log"
	"os"
	"path/filepath"

	"golang.org/x/image/vector"
)

var (
	teal = color.RGBA{0x1f, 0x5f, 0x5b, 0xff}
	gold = color.RGBA{0xf6, 0xc4, 0x53, 0xff}
)

// bolt is the lightning mark of icon.svg, in its 64-unit square.
var bolt = [][2]float32{{36, 6}, {14, 36}, {28, 36}, {24, 58}, {48, 26}, {34, 26}}

func main() {
	out := flag.String("out", "web/icons", "output directory")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, icon := range []struct {
		name     string
		size     int
		maskable bool
	}{{"icon-192.png", 192, false}, {"icon-512.png", 512, false}, {"icon-maskable-512.png", 512, true}} {
		if err := write(filepath.Join(*out, icon.name), draw1(icon.size, icon.maskable)); err != nil {
			log.Fatal(err)
		}
	}
}

// draw1 draws one icon. A maskable icon fills the square (the platform
// crops it) and keeps the mark within the central 80%.
func draw1(size int, maskable bool) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	s := float32(size) / 64
	bg := vector.NewRasterizer(size, size)
	if maskable {
		bg.MoveTo(0, 0)
		bg.LineTo(float32(size), 0)
		bg.LineTo(float32(size), float32(size))
		bg.LineTo(0, float32(size))
	} else {
		roundedSquare(bg, float32(size), 14*s)
	}
	bg.ClosePath()
	bg.Draw(img, img.Bounds(), image.NewUniform(teal), image.Point{})

	scale, offset := s, float32(0)
	if maskable {
		scale, offset = s*0.75, float32(size)*0.125
	}
	mark := vector.NewRasterizer(size, size)
	mark.MoveTo(offset+bolt[0][0]*scale, offset+bolt[0][1]*scale)
	for _, p := range bolt[1:] {
		mark.LineTo(offset+p[0]*scale, offset+p[1]*scale)
	}
	mark.ClosePath()
	mark.Draw(img, img.Bounds(), image.NewUniform(gold), image.Point{})
	return img
}

// roundedSquare traces a square with corner radius r.
func roundedSquare(z *vector.Rasterizer, w, r float32) {
	z.MoveTo(r, 0)
	z.LineTo(w-r, 0)
	z.QuadTo(w, 0, w, r)
	z.LineTo(w, w-r)
	z.QuadTo(w, w, w-r, w)
	z.LineTo(r, w)
	z.QuadTo(0, w, 0, w-r)
	z.LineTo(0, r)
	z.QuadTo(0, 0, r, 0)
}

func write(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
