resource "aws_s3_bucket" "assets" {
  bucket = "example-public-assets"
}

resource "aws_s3_bucket_acl" "assets" {
  bucket = aws_s3_bucket.assets.id
  acl    = "public-read" # expect: AWS004
}

resource "aws_s3_bucket_acl" "partners" {
  bucket = "example-partner-drop"
  acl    = "authenticated-read" # expect: AWS004
}

resource "aws_s3_bucket_acl" "uploads" {
  bucket = "example-uploads"

  access_control_policy {
    owner {
      id = "3f1c2a9e6b0d4e7f8a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7"
    }

    grant {
      permission = "READ"
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers" # expect: AWS004
      }
    }
  }
}

# The pre-v4 provider form, still common in older modules.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy-site"
  acl    = "public-read-write" # expect: AWS004
}
