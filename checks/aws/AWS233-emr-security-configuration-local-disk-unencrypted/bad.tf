resource "aws_emr_security_configuration" "main" {
  name = "main"
  configuration = jsonencode({ # expect: AWS233
    EncryptionConfiguration = {
      EnableAtRestEncryption    = false
      EnableInTransitEncryption = false
    }
  })
}
