resource "aws_cloudtrail_event_data_store" "audit" { # expect: AWS179
  name             = "audit"
  retention_period = 2557
}
