resource "aws_sns_topic" "alerts" { # expect: AWS054
  name = "alerts"
}
