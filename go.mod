module github.com/reportbot/reportbot

go 1.26.0

require (
	github.com/philippgille/chromem-go v0.7.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
