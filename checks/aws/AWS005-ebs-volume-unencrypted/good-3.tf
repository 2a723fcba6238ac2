# The configuration switches EBS encryption by default on (enabled defaults to true): every new
# volume of the account in this region is encrypted, whatever the volume itself says.
resource "aws_ebs_encryption_by_default" "this" {}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
}
