resource "aws_cloudtrail" "org" {
  name                       = "organization"
  s3_bucket_name             = "example-org-trail"
  is_multi_region_trail      = true
  is_organization_trail      = true
  enable_log_file_validation = true
}
