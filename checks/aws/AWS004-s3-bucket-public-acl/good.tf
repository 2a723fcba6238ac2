resource "aws_s3_bucket" "logs" {
  bucket = "example-private-logs"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "private"
}

resource "aws_s3_bucket_acl" "elb_logs" {
  bucket = "example-elb-logs"
  acl    = "log-delivery-write"
}

# A grant to one named account is not public.
resource "aws_s3_bucket_acl" "shared" {
  bucket = "example-shared"

  access_control_policy {
    owner {
      id = "3f1c2a9e6b0d4e7f8a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7"
    }

    grant {
      permission = "READ"
      grantee {
        type = "CanonicalUser"
        id   = "9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b"
      }
    }
  }
}
