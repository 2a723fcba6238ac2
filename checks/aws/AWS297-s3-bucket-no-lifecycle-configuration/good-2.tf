# The legacy inline lifecycle_rule block counts too.
resource "aws_s3_bucket" "legacy" {
  bucket = "corp-legacy"
  lifecycle_rule {
    enabled = true
    expiration {
      days = 90
    }
  }
}
