variable "bucket_acl" {
  type = string
}

resource "aws_s3_bucket_acl" "configurable" {
  bucket = "example-configurable"
  acl    = var.bucket_acl
}
