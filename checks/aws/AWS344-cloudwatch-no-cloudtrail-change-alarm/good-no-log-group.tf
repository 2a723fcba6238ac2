# No CloudWatch Logs delivery at all: AWS031 reports it, section 4 does not add fifteen findings.
resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "corp-cloudtrail"
  is_multi_region_trail = true
}
