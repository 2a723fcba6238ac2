resource "aws_codegurureviewer_repository_association" "app" {
  repository {
    codecommit {
      name = "app"
    }
  }
  kms_key_details {
    encryption_option = "CUSTOMER_MANAGED_CMK"
    kms_key_id        = aws_kms_key.codeguru.key_id
  }
}
