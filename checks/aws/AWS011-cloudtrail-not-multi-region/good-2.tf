variable "all_regions" {
  type = bool
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "example-cloudtrail-logs"
  is_multi_region_trail = var.all_regions
}
