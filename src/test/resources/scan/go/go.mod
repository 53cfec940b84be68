module example.com/shop

go 1.21

require (
	github.com/getsentry/sentry-go v0.25.0
	github.com/stripe/stripe-go/v76 v76.8.0
	golang.org/x/text v0.14.0 // indirect
)

require github.com/aws/aws-sdk-go-v2 v1.24.0
