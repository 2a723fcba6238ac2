resource "aws_s3_access_point" "share" {
  bucket = "corp-data"
  name   = "share"
  public_access_block_configuration {
    block_public_policy = false # expect: AWS302
  }
}
