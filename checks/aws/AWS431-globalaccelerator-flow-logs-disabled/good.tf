resource "aws_globalaccelerator_accelerator" "edge" {
  name = "edge"
  attributes {
    flow_logs_enabled   = true
    flow_logs_s3_bucket = "corp-ga-logs"
    flow_logs_s3_prefix = "edge/"
  }
}

resource "aws_globalaccelerator_accelerator" "api" {
  name = "api"
  attributes {
    flow_logs_enabled   = var.flow_logs
    flow_logs_s3_bucket = "corp-ga-logs"
  }
}
