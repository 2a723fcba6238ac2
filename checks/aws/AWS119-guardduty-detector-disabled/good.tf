resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_detector" "default_on" {
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
